import { applyMediaVerdict, type MediaCheckPush } from '../../server/domain/moderation/queue';
import { cloudTimerDeps } from '../../server/platform/cloudbase-container';

/**
 * Cloud function `content-check`: WeChat's 消息推送 delivers the verdict of
 * security.mediaCheckAsync here (event `wxa_media_check`, docs/deploy.md).
 * Only a pending check with that trace id is affected; trace ids never leave
 * the server, so a caller cannot release a photo by guessing one.
 */
export const main = async (event: unknown): Promise<{ ok: boolean; applied?: boolean }> => {
  const push = (event ?? {}) as MediaCheckPush;
  if (push.Event !== 'wxa_media_check' || typeof push.trace_id !== 'string') return { ok: false };
  return { ok: true, ...(await applyMediaVerdict(cloudTimerDeps(), push)) };
};
