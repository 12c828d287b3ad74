import { copyText } from '../../../src/platform/clipboard';
import Taro from '../taro-double';

afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete process.env.TARO_ENV;
});

describe('copyText', () => {
  it('uses the Clipboard API in the browser', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await expect(copyText('o311_x')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('o311_x');
  });

  it('falls back to execCommand where the Clipboard API is missing (plain http)', async () => {
    const exec = jest.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    await expect(copyText('o311_y')).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('uses setClipboardData in WeChat, and reports a failure', async () => {
    process.env.TARO_ENV = 'weapp';
    const setClipboardData = jest.fn(async (_o: { data: string }) => ({ errMsg: 'setClipboardData:ok' }));
    (Taro as unknown as { setClipboardData: unknown }).setClipboardData = setClipboardData;
    await expect(copyText('o311_z')).resolves.toBe(true);
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'o311_z' });
    setClipboardData.mockRejectedValueOnce(new Error('fail'));
    await expect(copyText('o311_z')).resolves.toBe(false);
  });
});
