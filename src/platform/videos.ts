import Taro from '@tarojs/taro';
import { unwrapEnvelope } from '../api/envelope';
import { requestJson } from '../api/http';
import { ApiError } from '../api/errors';
import { getToken } from '../auth/session';
import { datedCloudPath, uploadCloudFile } from './cloud';
import { isWeapp } from './env';
import { explainRefusal, isPermissionRefusal, isPrivacyRefusal, mediaPermission } from './permission';

/**
 * The only module that picks and uploads lesson videos (staff authoring).
 * WeChat: chooseMedia (video only) reports the duration itself; the file goes
 * to CloudBase storage and the lesson stores its `cloud://` file id.
 * H5: a file input; the duration is read by a detached <video> from the file's
 * metadata; the file goes to the local runtime's staff-only
 * `POST /api/uploads/videos`, and the lesson stores the served /uploads/videos/ path.
 */
export interface PickedVideo {
  /** A File in H5, a temp file path in WeChat. */
  source: File | string;
  /** Whole seconds read from the file; null when the file would not say. */
  durationSeconds: number | null;
  /** What to show while it uploads. */
  name: string;
}

/** Where the lesson's video lives once uploaded, as culture.createLesson takes it. */
export type UploadedVideo = { url: string; fileId: null } | { url: null; fileId: string };

/** The local runtime's limit; WeChat's chooseMedia has no size option, so it is checked here too. */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
const UPLOAD_TIMEOUT_MS = 10 * 60_000;
const TOO_BIG = '视频超过 200 MB，请剪短或压缩后再上传';

const isCancel = (err: unknown) => /cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''));
const seconds = (d: unknown) =>
  typeof d === 'number' && Number.isFinite(d) && d > 0 ? Math.max(1, Math.round(d)) : null;

/** Lets staff choose one video; null when they closed the picker. */
export async function pickVideo(): Promise<PickedVideo | null> {
  if (!isWeapp()) return pickInBrowser();
  try {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['video'], sourceType: ['album', 'camera'] });
    const file = res.tempFiles?.[0];
    if (!file) return null;
    if (file.size > MAX_VIDEO_BYTES) throw new ApiError('INVALID_ARGUMENT', TOO_BIG);
    return { source: file.tempFilePath, durationSeconds: seconds(file.duration), name: '已选视频' };
  } catch (err) {
    if (isCancel(err) || isPrivacyRefusal(err)) return null;
    if (isPermissionRefusal(err)) {
      await explainRefusal(mediaPermission(err));
      return null;
    }
    throw err;
  }
}

function pickInBrowser(): Promise<PickedVideo | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'video/mp4';
    input.style.display = 'none';
    let settled = false;
    const done = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      if (!file) return resolve(null);
      if (file.size > MAX_VIDEO_BYTES) return reject(new ApiError('INVALID_ARGUMENT', TOO_BIG));
      void browserDuration(file).then((durationSeconds) => resolve({ source: file, durationSeconds, name: file.name }));
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    document.body.appendChild(input);
    input.click();
  });
}

/** The file's length from its metadata, as a <video> reads it; null when the browser cannot read this file. */
export function browserDuration(file: File): Promise<number | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    const finish = (value: number | null) => {
      video.removeAttribute('src');
      URL.revokeObjectURL(url);
      resolve(value);
    };
    video.preload = 'metadata';
    video.addEventListener('loadedmetadata', () => finish(seconds(video.duration)));
    // An unreadable codec: the field stays for staff to type.
    video.addEventListener('error', () => finish(null));
    video.src = url;
  });
}

/** Uploads a picked video; resolves with where it lives, rejects with an ApiError fit to show. */
export async function uploadVideo(video: PickedVideo): Promise<UploadedVideo> {
  if (typeof video.source === 'string') return { url: null, fileId: await uploadInWeChat(video.source) };
  return { url: await uploadInBrowser(video.source), fileId: null };
}

async function uploadInWeChat(path: string): Promise<string> {
  try {
    return await uploadCloudFile(datedCloudPath('lessons', 'mp4'), path);
  } catch {
    throw new ApiError('NETWORK', '视频没有传上去，请检查网络后重试');
  }
}

async function uploadInBrowser(file: File): Promise<string> {
  const token = getToken();
  if (!token) throw new ApiError('UNAUTHENTICATED');
  const body = await requestJson('/api/uploads/videos', {
    method: 'POST',
    token,
    raw: { data: file, type: 'video/mp4' },
    timeoutMs: UPLOAD_TIMEOUT_MS,
  });
  const data = unwrapEnvelope<{ url?: unknown }>(body);
  if (typeof data?.url !== 'string') throw new ApiError('BAD_REPLY');
  return data.url;
}
