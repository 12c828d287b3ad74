import { saveToken } from '../../../src/auth/session';
import { pickPhotos, photoSrc, uploadPhoto } from '../../../src/platform/photos';
import Taro from '../taro-double';

type Loose = Record<string, jest.Mock> & { cloud: Record<string, jest.Mock> };
const taro = Taro as unknown as Loose;

beforeEach(() => {
  taro.chooseMedia = jest.fn();
  taro.openSetting = jest.fn(async () => ({ authSetting: {} }));
  taro.compressImage = jest.fn();
  taro.cloud.uploadFile = jest.fn();
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = jest.fn(() => 'blob:preview-1');
  (URL as unknown as { revokeObjectURL: unknown }).revokeObjectURL = jest.fn();
});

function fileInput(): HTMLInputElement {
  const input = document.body.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input in the document');
  return input as HTMLInputElement;
}

function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('photos in H5', () => {
  it('opens a file picker for images and returns at most the room left', async () => {
    const picking = pickPhotos(2);
    const input = fileInput();
    expect(input.accept).toBe('image/*');
    expect(input.multiple).toBe(true);
    const files = ['a', 'b', 'c'].map((n) => new File(['x'], `${n}.png`, { type: 'image/png' }));
    choose(input, files);
    const picked = await picking;
    expect(picked).toHaveLength(2);
    expect(picked[0]).toEqual({ preview: 'blob:preview-1', source: files[0] });
    expect(document.body.querySelector('input[type="file"]')).toBeNull();
  });

  it('returns nothing when the picker is closed', async () => {
    const picking = pickPhotos(3);
    fileInput().dispatchEvent(new Event('cancel'));
    await expect(picking).resolves.toEqual([]);
  });

  it('posts the raw picture with the bearer token and answers with the served path', async () => {
    saveToken('tok-1');
    const fetchMock = jest.fn(async () => ({
      status: 200,
      text: async () =>
        JSON.stringify({ ok: true, data: { url: '/uploads/abc.jpg', width: 10, height: 10, bytes: 99 } }),
    }));
    (globalThis as { fetch?: unknown }).fetch = fetchMock;
    const file = new File(['jpeg-bytes'], 'p.jpg', { type: 'image/jpeg' });

    await expect(uploadPhoto({ preview: 'blob:x', source: file })).resolves.toBe('/uploads/abc.jpg');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [
      string,
      { method: string; headers: Record<string, string>; body: unknown },
    ];
    expect(url).toBe('/api/uploads');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual(
      expect.objectContaining({ Authorization: 'Bearer tok-1', 'Content-Type': 'image/jpeg' }),
    );
    expect(init.body).toBe(file);
  });

  it('turns the server refusal into its own sentence', async () => {
    saveToken('tok-1');
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
      status: 400,
      text: async () =>
        JSON.stringify({
          ok: false,
          error: { code: 'INVALID_ARGUMENT', message: '无法识别这张图片，请换一张 JPG 或 PNG 照片' },
        }),
    }));
    await expect(
      uploadPhoto({ preview: 'blob:x', source: new File(['?'], 'x.heic', { type: 'image/heic' }) }),
    ).rejects.toThrow('无法识别这张图片');
  });

  it('says the network is down when the upload cannot be sent', async () => {
    saveToken('tok-1');
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(
      uploadPhoto({ preview: 'blob:x', source: new File(['x'], 'p.png', { type: 'image/png' }) }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('loads uploaded photos from the API base', () => {
    expect(photoSrc('/uploads/abc.jpg')).toBe('/uploads/abc.jpg');
    expect(photoSrc('cloud://env.bucket/issues/a.jpg')).toBe('cloud://env.bucket/issues/a.jpg');
  });
});

describe('photos in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('chooses compressed pictures, compresses again and uploads to cloud storage', async () => {
    taro.chooseMedia.mockResolvedValue({
      type: 'image',
      tempFiles: [
        { tempFilePath: 'wxfile://tmp/1.jpg', size: 10, fileType: 'image' },
        { tempFilePath: 'wxfile://tmp/2.jpg', size: 10, fileType: 'image' },
      ],
    });
    taro.compressImage.mockResolvedValue({ tempFilePath: 'wxfile://tmp/1-small.jpg' });
    taro.cloud.uploadFile.mockResolvedValue({ fileID: 'cloud://env-1.abc/issues/202611/x.jpg' });

    const picked = await pickPhotos(3);
    expect(taro.chooseMedia).toHaveBeenCalledWith({
      count: 3,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    expect(picked.map((p) => p.source)).toEqual(['wxfile://tmp/1.jpg', 'wxfile://tmp/2.jpg']);

    await expect(uploadPhoto(picked[0])).resolves.toBe('cloud://env-1.abc/issues/202611/x.jpg');
    const args = taro.cloud.uploadFile.mock.calls[0][0] as { cloudPath: string; filePath: string };
    expect(args.filePath).toBe('wxfile://tmp/1-small.jpg');
    expect(args.cloudPath).toMatch(/^issues\/\d{6}\/[a-z0-9-]+\.jpg$/);
  });

  it('treats a closed album as no photos, and a failed upload as a network problem', async () => {
    taro.chooseMedia.mockRejectedValue({ errMsg: 'chooseMedia:fail cancel' });
    await expect(pickPhotos(3)).resolves.toEqual([]);

    taro.compressImage.mockRejectedValue({ errMsg: 'compressImage:fail' });
    taro.cloud.uploadFile.mockRejectedValue({ errMsg: 'uploadFile:fail' });
    await expect(uploadPhoto({ preview: 'p', source: 'wxfile://tmp/1.jpg' })).rejects.toMatchObject({
      code: 'NETWORK',
      message: '照片没有传上去，请检查网络后重试',
    });
    expect(taro.cloud.uploadFile.mock.calls[0][0].filePath).toBe('wxfile://tmp/1.jpg');
  });

  it('explains a refused camera and offers the settings page instead of a dead button', async () => {
    taro.chooseMedia.mockRejectedValue({ errMsg: 'chooseMedia:fail camera auth deny' });
    taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    await expect(pickPhotos(2)).resolves.toEqual([]);
    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('需要使用您的相机'), confirmText: '去设置' }),
    );
    expect(taro.openSetting).toHaveBeenCalled();
  });

  it('does not open settings when the resident says 暂不', async () => {
    taro.chooseMedia.mockRejectedValue({ errMsg: 'chooseMedia:fail auth deny' });
    taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await expect(pickPhotos(2)).resolves.toEqual([]);
    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('需要使用您的相册') }),
    );
    expect(taro.openSetting).not.toHaveBeenCalled();
  });
});
