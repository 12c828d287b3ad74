import Taro from '@tarojs/taro';
import { copyText } from './clipboard';
import { isWeapp } from './env';

/** A text file made by the server (CSV export, .ics), to hand to the user. */
export interface TextFile {
  filename: string;
  content: string;
  /** e.g. 'text/csv; charset=utf-8'; plain text when absent. */
  mimeType?: string;
}

/** downloaded: H5; shared: sent to a WeChat chat; copied: WeChat could not share, the text is on the clipboard; cancelled: the user closed the share sheet. */
export type SaveOutcome = 'downloaded' | 'shared' | 'copied' | 'cancelled';

/** A name usable as a path in the WeChat user data folder: no separators or reserved characters. */
export function safeFilename(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\r\n]+/g, '_').trim();
  return cleaned || 'file.txt';
}

const isCancel = (err: unknown) => /cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''));

/**
 * The only module that hands files to the user. In a browser: a Blob link
 * clicked once (the browser's own download). In WeChat a mini-program cannot
 * save to the phone's downloads: the file is written to the user data folder
 * and offered through "send to a chat" (shareFileMessage), from where it can be
 * opened or sent on to a computer; where sharing is not possible (old client)
 * the text goes to the clipboard instead. Rejects only when even that fails.
 */
export async function saveTextFile(file: TextFile): Promise<SaveOutcome> {
  if (!isWeapp()) return downloadInBrowser(file.filename, file.content, file.mimeType ?? 'text/plain; charset=utf-8');
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${safeFilename(file.filename)}`;
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({
        filePath,
        data: file.content,
        encoding: 'utf8',
        success: () => resolve(),
        fail: reject,
      });
    });
    await Taro.shareFileMessage({ filePath, fileName: file.filename });
    return 'shared';
  } catch (err) {
    if (isCancel(err)) return 'cancelled';
    // The clipboard has one module (privacy declarations name it); a failed copy still tells the caller what happened.
    if (!(await copyText(file.content))) throw err;
    return 'copied';
  }
}

function downloadInBrowser(filename: string, content: string, mimeType: string): SaveOutcome {
  const blob = new Blob([content], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
