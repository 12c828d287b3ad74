import { saveToken } from '../../../src/auth/session';
import { MAX_VIDEO_BYTES, pickVideo, uploadVideo } from '../../../src/platform/videos';
import Taro from '../taro-double';

type Loose = Record<string, jest.Mock> & { cloud: Record<string, jest.Mock> };
const taro = Taro as unknown as Loose;

const mediaProto = HTMLMediaElement.prototype;
const srcDescriptor = Object.getOwnPropertyDescriptor(mediaProto, 'src')!;
const durationDescriptor = Object.getOwnPropertyDescriptor(mediaProto, 'duration')!;

/** jsdom plays no media: this makes a <video> report `duration` (or a decoding error) once given a source, as a browser does. */
function browserReads(duration: number | 'error') {
  Object.defineProperty(mediaProto, 'duration', {
    configurable: true,
    get: () => (duration === 'error' ? NaN : duration),
  });
  Object.defineProperty(mediaProto, 'src', {
    configurable: true,
    set(this: HTMLMediaElement, value: string) {
      this.setAttribute('src', value);
      queueMicrotask(() => this.dispatchEvent(new Event(duration === 'error' ? 'error' : 'loadedmetadata')));
    },
    get(this: HTMLMediaElement) {
      return this.getAttribute('src') ?? '';
    },
  });
}

beforeEach(() => {
  taro.chooseMedia = jest.fn();
  taro.openSetting = jest.fn(async () => ({ authSetting: {} }));
  taro.cloud.uploadFile = jest.fn();
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = jest.fn(() => 'blob:video-1');
  (URL as unknown as { revokeObjectURL: unknown }).revokeObjectURL = jest.fn();
});
afterEach(() => {
  Object.defineProperty(mediaProto, 'src', srcDescriptor);
  Object.defineProperty(mediaProto, 'duration', durationDescriptor);
  delete process.env.TARO_ENV;
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

describe('lesson videos in H5', () => {
  it('opens a picker for MP4 files and reads the duration from the file, rounded to seconds', async () => {
    browserReads(754.4);
    const picking = pickVideo();
    const input = fileInput();
    expect(input.accept).toBe('video/mp4');
    const file = new File(['mp4'], '八段锦第一式.mp4', { type: 'video/mp4' });
    choose(input, [file]);
    await expect(picking).resolves.toEqual({ source: file, durationSeconds: 754, name: '八段锦第一式.mp4' });
    expect(document.body.querySelector('input[type="file"]')).toBeNull();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:video-1');
  });

  it('leaves the duration for staff to type when the browser cannot read the file', async () => {
    browserReads('error');
    const picking = pickVideo();
    const file = new File(['?'], 'odd.mp4', { type: 'video/mp4' });
    choose(fileInput(), [file]);
    await expect(picking).resolves.toEqual({ source: file, durationSeconds: null, name: 'odd.mp4' });
  });

  it('returns nothing when the picker is closed, and refuses a file over 200 MB before uploading', async () => {
    const closing = pickVideo();
    fileInput().dispatchEvent(new Event('cancel'));
    await expect(closing).resolves.toBeNull();

    const picking = pickVideo();
    const big = new File(['x'], 'big.mp4', { type: 'video/mp4' });
    Object.defineProperty(big, 'size', { value: MAX_VIDEO_BYTES + 1 });
    choose(fileInput(), [big]);
    await expect(picking).rejects.toThrow('视频超过 200 MB');
  });

  it('posts the file as video/mp4 with the bearer token and answers with the served path', async () => {
    saveToken('tok-1');
    const fetchMock = jest.fn(async () => ({
      status: 200,
      text: async () => JSON.stringify({ ok: true, data: { url: '/uploads/videos/abc.mp4', bytes: 3 } }),
    }));
    (globalThis as { fetch?: unknown }).fetch = fetchMock;
    const file = new File(['mp4'], 'a.mp4', { type: 'video/mp4' });
    await expect(uploadVideo({ source: file, durationSeconds: 60, name: 'a.mp4' })).resolves.toEqual({
      url: '/uploads/videos/abc.mp4',
      fileId: null,
    });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [
      string,
      { method: string; headers: Record<string, string>; body: unknown },
    ];
    expect(url).toBe('/api/uploads/videos');
    expect(init.headers).toEqual(
      expect.objectContaining({ Authorization: 'Bearer tok-1', 'Content-Type': 'video/mp4' }),
    );
    expect(init.body).toBe(file);
  });

  it('shows the server refusal in its own words', async () => {
    saveToken('tok-1');
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
      status: 403,
      text: async () =>
        JSON.stringify({
          ok: false,
          error: { code: 'PERMISSION_DENIED', message: '只有社区、街道管理员可以上传课程视频' },
        }),
    }));
    await expect(uploadVideo({ source: new File(['x'], 'a.mp4'), durationSeconds: 1, name: 'a.mp4' })).rejects.toThrow(
      '只有社区、街道管理员',
    );
  });
});

describe('lesson videos in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('chooses one video, takes its duration from WeChat, and uploads it to cloud storage', async () => {
    taro.chooseMedia.mockResolvedValue({
      type: 'video',
      tempFiles: [{ tempFilePath: 'wxfile://tmp/v.mp4', size: 5_000_000, duration: 89.6, fileType: 'video' }],
    });
    taro.cloud.uploadFile.mockResolvedValue({ fileID: 'cloud://env-1.abc/lessons/202611/v.mp4' });

    const picked = await pickVideo();
    expect(taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 1, mediaType: ['video'] }));
    expect(picked).toEqual({ source: 'wxfile://tmp/v.mp4', durationSeconds: 90, name: '已选视频' });

    await expect(uploadVideo(picked!)).resolves.toEqual({
      url: null,
      fileId: 'cloud://env-1.abc/lessons/202611/v.mp4',
    });
    const args = taro.cloud.uploadFile.mock.calls[0][0] as { cloudPath: string; filePath: string };
    expect(args.filePath).toBe('wxfile://tmp/v.mp4');
    expect(args.cloudPath).toMatch(/^lessons\/\d{6}\/[a-z0-9-]+\.mp4$/);
  });

  it('treats a closed album as no video, refuses one over 200 MB, and reports a failed upload as a network problem', async () => {
    taro.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail cancel' });
    await expect(pickVideo()).resolves.toBeNull();

    taro.chooseMedia.mockResolvedValueOnce({
      type: 'video',
      tempFiles: [
        { tempFilePath: 'wxfile://tmp/big.mp4', size: MAX_VIDEO_BYTES + 1, duration: 600, fileType: 'video' },
      ],
    });
    await expect(pickVideo()).rejects.toThrow('视频超过 200 MB');

    taro.cloud.uploadFile.mockRejectedValue({ errMsg: 'uploadFile:fail' });
    await expect(
      uploadVideo({ source: 'wxfile://tmp/v.mp4', durationSeconds: 5, name: '已选视频' }),
    ).rejects.toMatchObject({ code: 'NETWORK', message: '视频没有传上去，请检查网络后重试' });
  });

  it('explains a refused album and offers the settings page', async () => {
    taro.chooseMedia.mockRejectedValue({ errMsg: 'chooseMedia:fail auth deny' });
    taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    await expect(pickVideo()).resolves.toBeNull();
    expect(taro.openSetting).toHaveBeenCalled();
  });
});
