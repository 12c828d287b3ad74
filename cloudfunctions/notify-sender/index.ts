import { sendPendingMessages, type SendSummary } from '../../server/platform/subscribe-sender';
import { cloudTimerDeps, identityFromContext } from '../../server/platform/cloudbase-container';
import { wxSend } from '../../server/platform/wechat-send';

/**
 * Cloud function `notify-sender`: fired every 5 minutes by its timer trigger,
 * turns outbox entries into WeChat subscription messages through the WeChat
 * adapter (server/platform/wechat-send.ts).
 */
export const main = async (
  _event: unknown,
  context: unknown,
): Promise<SendSummary | { ok: false; refused: string }> => {
  // Mini-program users can call any function by name; only the trigger (no OPENID) may run this.
  if (identityFromContext(context)) return { ok: false, refused: '只能由系统触发' };
  const state = process.env.SUBSCRIBE_MINIPROGRAM_STATE;
  return sendPendingMessages(cloudTimerDeps(), wxSend, {
    miniprogramState: state === 'developer' || state === 'trial' ? state : 'formal',
  });
};
