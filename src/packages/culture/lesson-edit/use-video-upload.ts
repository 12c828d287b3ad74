import { useState } from 'react';
import { pickVideo, uploadVideo } from '../../../platform/videos';
import type { Outcome } from '../../../components/Notice';
import { durationText, type LessonForm } from './lesson-form';

/**
 * 上传视频 on the lesson form: pick a video, put its duration into the form at
 * once (still editable), upload it, then put where it lives into the video
 * field. A failed upload leaves the field as it was, with the reason shown.
 */
export function useVideoUpload(update: (patch: Partial<LessonForm>) => void) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function choose() {
    if (busy) return;
    setOutcome(null);
    try {
      const picked = await pickVideo();
      if (!picked) return;
      if (picked.durationSeconds !== null) update({ duration: durationText(picked.durationSeconds) });
      setBusy(true);
      const where = await uploadVideo(picked);
      update({ video: where.fileId ?? where.url });
      setOutcome({
        ok: true,
        text:
          picked.durationSeconds !== null
            ? `视频已上传，时长 ${durationText(picked.durationSeconds)} 已自动填好，请核对。`
            : '视频已上传。没能读出时长，请手动填写视频时长。',
      });
    } catch (err) {
      setOutcome({ ok: false, text: err instanceof Error && err.message ? err.message : '视频没有传上去，请重试' });
    } finally {
      setBusy(false);
    }
  }

  return { busy, outcome, choose };
}
