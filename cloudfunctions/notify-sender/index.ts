import { sendPendingMessages, type SendFn, type SendSummary } from '../../server/platform/subscribe-sender';
import { cloudTimerDeps, identityFromContext } from '../../server/platform/cloudbase';

/**
 * Cloud function `notify-sender`: fired every 5 minutes by its timer trigger,
 * turns outbox entries into WeChat subscription messages. wx-server-sdk is
 * installed by the cloud from this function's own package.json (scripts/build-functions.ts)
 * and kept out of the bundle; its openapi call needs the `subscribeMessage.send`
 * permission in config.json.
 */
interface WxServerSdk {
  init(options: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  openapi: { subscribeMessage: { send(input: Record<string, unknown>): Promise<{ errCode?: number; errMsg?: string }> } };
}

let sdk: WxServerSdk | null = null;

/** Loaded on first use, so the bundle can be loaded (and tested) where wx-server-sdk is not installed. */
function wx(): WxServerSdk {
  if (!sdk) {
    sdk = require('wx-server-sdk') as WxServerSdk;
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  }
  return sdk;
}

/** The documented route: cloud.openapi.subscribeMessage.send; a non-zero errCode is a failure to record. */
export const wxSend: SendFn = async (message) => {
  const res = await wx().openapi.subscribeMessage.send({
    touser: message.touser,
    templateId: message.templateId,
    page: message.page,
    data: message.data,
    miniprogramState: message.miniprogramState,
  });
  if (res && typeof res.errCode === 'number' && res.errCode !== 0) throw Object.assign(new Error(res.errMsg ?? 'send failed'), { errCode: res.errCode });
};

export const main = async (_event: unknown, context: unknown): Promise<SendSummary | { ok: false; refused: string }> => {
  // Mini-program users can call any function by name; only the trigger (no OPENID) may run this.
  if (identityFromContext(context)) return { ok: false, refused: '只能由系统触发' };
  const state = process.env.SUBSCRIBE_MINIPROGRAM_STATE;
  return sendPendingMessages(cloudTimerDeps(), wxSend, {
    miniprogramState: state === 'developer' || state === 'trial' ? state : 'formal',
  });
};
