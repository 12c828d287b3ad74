import Taro from '@tarojs/taro';

/**
 * The only module that touches Taro.cloud. In WeChat the caller's identity
 * comes from the platform (OPENID), so no token is sent.
 */
let initialised = false;

function ensureInit(): void {
  if (initialised) return;
  const env = process.env.TARO_APP_CLOUD_ENV;
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
  initialised = true;
}

/** Returns the raw `result` of the cloud function; the caller decides whether it is a valid envelope. */
export async function callCloudFunction(name: string, data: Record<string, unknown>): Promise<unknown> {
  ensureInit();
  const res = await Taro.cloud.callFunction({ name, data });
  return (res as { result?: unknown } | undefined)?.result;
}

/** Puts a file into CloudBase storage and returns its fileID (what the back end stores). */
export async function uploadCloudFile(cloudPath: string, filePath: string): Promise<string> {
  ensureInit();
  const res = await Taro.cloud.uploadFile({ cloudPath, filePath });
  if (!res.fileID) throw new Error('no file id');
  return res.fileID;
}

/** A new cloud storage path under `folder/<yyyymm>/`, unique enough for uploads from one person. */
export function datedCloudPath(folder: string, extension: string): string {
  const now = new Date();
  const month = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}`;
  return `${folder}/${month}/${now.getTime().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}.${extension}`;
}

/** For tests: forget the init so the next call initialises again. */
export function resetCloudForTests(): void {
  initialised = false;
}
