import type { LessonEditInput } from '../lib/types';

/**
 * The staff form for an online lesson. The video is usually uploaded from the
 * form (src/platform/videos.ts fills in a CloudBase fileID in WeChat or an
 * /uploads/videos/ path on the local runtime); typing one stays possible: a
 * local file under /media/videos/, an https:// address, or a CloudBase fileID
 * (cloud://…). Pure, so the rules are tested without a page.
 */
export interface LessonForm {
  title: string;
  /** "12:30" (minutes:seconds) or "12" (whole minutes). */
  duration: string;
  text: string;
  video: string;
}

export function emptyLessonForm(): LessonForm {
  return { title: '', duration: '', text: '', video: '' };
}

export function durationText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** Seconds from "12:30", "0:05" or "12" (minutes); null when it is neither. */
export function parseDuration(text: string): number | null {
  const t = text.trim().replace('：', ':');
  const mmss = /^(\d{1,3}):([0-5]\d)$/.exec(t);
  if (mmss) return Number(mmss[1]) * 60 + Number(mmss[2]);
  if (/^\d{1,3}$/.test(t)) return Number(t) * 60;
  return null;
}

export function formFromLesson(l: {
  title: string;
  durationSeconds: number;
  text: string;
  video: { url: string | null; fileId: string | null };
}): LessonForm {
  return {
    title: l.title,
    duration: durationText(l.durationSeconds),
    text: l.text,
    video: l.video.fileId ?? l.video.url ?? '',
  };
}

export function lessonInput(form: LessonForm): { input: LessonEditInput } | { error: string } {
  const title = form.title.trim();
  if (!title) return { error: '请填写课时标题。' };
  const durationSeconds = parseDuration(form.duration);
  if (durationSeconds === null || durationSeconds < 1) return { error: '请按“12:30”（分:秒）的样子填写视频时长。' };
  if (durationSeconds > 4 * 3600) return { error: '每一课的视频不超过 4 小时。' };
  const video = form.video.trim();
  let ref: LessonEditInput['video'];
  if (/^cloud:\/\/\S+$/.test(video)) ref = { url: null, fileId: video };
  else if (/^(\/media\/|\/uploads\/videos\/|https:\/\/)\S+$/.test(video)) ref = { url: video, fileId: null };
  else if (!video) return { error: '请点“上传视频”选一段视频，或填写视频地址。' };
  else return { error: '视频请填 /media/videos/ 下的地址、https:// 开头的地址，或 cloud:// 开头的云存储文件 ID。' };
  return { input: { title, durationSeconds, text: form.text.trim(), video: ref } };
}

export function changedLessonFields(before: LessonEditInput, after: LessonEditInput): Partial<LessonEditInput> {
  const patch: Partial<LessonEditInput> = {};
  for (const key of Object.keys(after) as Array<keyof LessonEditInput>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      (patch as Record<string, unknown>)[key] = after[key];
  }
  return patch;
}
