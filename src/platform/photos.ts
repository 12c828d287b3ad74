import Taro from '@tarojs/taro';
import { unwrapEnvelope } from '../api/envelope';
import { requestJson } from '../api/http';
import { ApiError } from '../api/errors';
import { getToken } from '../auth/session';
import { apiBase, isWeapp } from './env';
import { datedCloudPath, uploadCloudFile } from './cloud';
import { explainRefusal, isPermissionRefusal, isPrivacyRefusal, mediaPermission } from './permission';

/**
 * The only module that picks and uploads photos.
 * H5: a hidden file input, then the raw picture to the local runtime's
 * `POST /api/uploads` (which strips EXIF and shrinks it) with the bearer token.
 * WeChat: chooseMedia (images only), compressImage, then CloudBase storage (a `cloud://` file id).
 * A refused album or camera is explained, with the way to settings (src/platform/permission.ts).
 * Either way the result is the path `issues.report` / `update` / `resolve` accept.
 */
export interface PickedPhoto {
  /** Something an <Image> can show at once, before the upload finishes. */
  preview: string;
  /** The picked file: a File in H5, a temp file path in WeChat. */
  source: File | string;
}

const UPLOAD_TIMEOUT_MS = 60_000;
/** What the runtime accepts; anything else is sent as JPEG and refused there with a clear message. */
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

const isCancel = (err: unknown) => /cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''));

/** Lets the resident choose up to `max` pictures; an empty list when they closed the picker. */
export async function pickPhotos(max: number): Promise<PickedPhoto[]> {
  if (max <= 0) return [];
  if (!isWeapp()) return pickInBrowser(max);
  try {
    const res = await Taro.chooseMedia({
      count: max,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    return (res.tempFiles ?? [])
      .slice(0, max)
      .map((file) => ({ preview: file.tempFilePath, source: file.tempFilePath }));
  } catch (err) {
    if (isCancel(err) || isPrivacyRefusal(err)) return [];
    if (isPermissionRefusal(err)) {
      // Once turned on in settings the resident taps 添加照片 again: no picker opens by surprise.
      await explainRefusal(mediaPermission(err));
      return [];
    }
    throw err;
  }
}

function pickInBrowser(max: number): Promise<PickedPhoto[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = max > 1;
    input.style.display = 'none';
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files.slice(0, max).map((file) => ({ preview: URL.createObjectURL(file), source: file })));
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    // Browsers that know the `cancel` event report a closed picker; older ones simply never resolve, which leaves nothing waiting.
    input.addEventListener('cancel', () => done([]));
    // In the document so that every browser opens the picker (some ignore clicks on detached inputs).
    document.body.appendChild(input);
    input.click();
  });
}

/** Uploads one picked photo; resolves with its path, rejects with an ApiError fit to show. */
export async function uploadPhoto(photo: PickedPhoto): Promise<string> {
  if (typeof photo.source === 'string') return uploadInWeChat(photo.source);
  return uploadInBrowser(photo.source);
}

/** Frees the preview of a photo that is no longer shown (H5 object URLs hold the file in memory). */
export function releasePhoto(photo: PickedPhoto): void {
  if (!isWeapp() && photo.preview.startsWith('blob:')) URL.revokeObjectURL(photo.preview);
}

/** The address an <Image> loads an uploaded photo from. */
export function photoSrc(path: string): string {
  return path.startsWith('/uploads/') ? `${apiBase()}${path}` : path;
}

async function uploadInBrowser(file: File): Promise<string> {
  const token = getToken();
  if (!token) throw new ApiError('UNAUTHENTICATED');
  const body = await requestJson('/api/uploads', {
    method: 'POST',
    token,
    raw: { data: file, type: ACCEPTED.includes(file.type) ? file.type : 'image/jpeg' },
    timeoutMs: UPLOAD_TIMEOUT_MS,
  });
  const data = unwrapEnvelope<{ url?: unknown }>(body);
  if (typeof data?.url !== 'string') throw new ApiError('BAD_REPLY');
  return data.url;
}

async function uploadInWeChat(path: string): Promise<string> {
  let filePath = path;
  try {
    filePath = (await Taro.compressImage({ src: path, quality: 80 })).tempFilePath || path;
  } catch {
    // An old client or an odd format: the picture chosen as "compressed" is small enough already.
  }
  try {
    return await uploadCloudFile(datedCloudPath('issues', 'jpg'), filePath);
  } catch {
    throw new ApiError('NETWORK', '照片没有传上去，请检查网络后重试');
  }
}
