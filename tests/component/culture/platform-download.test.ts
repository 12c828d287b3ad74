import { saveTextFile } from '../../../src/platform/download';
import Taro from '../taro-double';
import { blobText } from './blob';

type WithFiles = typeof Taro & {
  env?: { USER_DATA_PATH: string };
  getFileSystemManager?: jest.Mock;
  shareFileMessage?: jest.Mock;
  setClipboardData?: jest.Mock;
};
const taro = Taro as WithFiles;
const file = {
  filename: '太极拳晨练班-报名名单.csv',
  mimeType: 'text/csv; charset=utf-8',
  content: '\uFEFF姓名,手机\r\n王建华,13800000001\r\n',
};

function weapp(share: () => Promise<unknown>) {
  process.env.TARO_ENV = 'weapp';
  const writeFile = jest.fn((opts: { success: () => void }) => opts.success());
  taro.env = { USER_DATA_PATH: 'wxfile://usr' };
  taro.getFileSystemManager = jest.fn(() => ({ writeFile }));
  taro.shareFileMessage = jest.fn(share);
  taro.setClipboardData = jest.fn(async () => ({ errMsg: 'setClipboardData:ok' }));
  return { writeFile };
}

afterEach(() => {
  delete taro.env;
  delete taro.getFileSystemManager;
  delete taro.shareFileMessage;
  delete taro.setClipboardData;
});

describe('saveTextFile', () => {
  it('in WeChat writes the file to user data and offers to send it to a chat', async () => {
    const { writeFile } = weapp(async () => ({ errMsg: 'shareFileMessage:ok' }));
    await expect(saveTextFile(file)).resolves.toBe('shared');
    expect(writeFile).toHaveBeenCalledWith(
      expect.objectContaining({
        filePath: 'wxfile://usr/太极拳晨练班-报名名单.csv',
        data: file.content,
        encoding: 'utf8',
      }),
    );
    expect(taro.shareFileMessage).toHaveBeenCalledWith({
      filePath: 'wxfile://usr/太极拳晨练班-报名名单.csv',
      fileName: file.filename,
    });
  });

  it('in WeChat copies the text when the file cannot be shared (old client)', async () => {
    weapp(async () => Promise.reject({ errMsg: 'shareFileMessage:fail not supported' }));
    await expect(saveTextFile(file)).resolves.toBe('copied');
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: file.content });
  });

  it('in WeChat does nothing more when the organiser closes the share sheet', async () => {
    weapp(async () => Promise.reject({ errMsg: 'shareFileMessage:fail cancel' }));
    await expect(saveTextFile(file)).resolves.toBe('cancelled');
    expect(taro.setClipboardData).not.toHaveBeenCalled();
  });

  it('in H5 downloads a Blob with the file name', async () => {
    let saved: Blob | null = null;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved = blob;
      return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await expect(saveTextFile(file)).resolves.toBe('downloaded');
    expect(names).toEqual([file.filename]);
    expect(await blobText(saved!)).toBe(file.content);
    click.mockRestore();
  });
});
