import type { SendFn } from './subscribe-sender';

/**
 * The WeChat side of subscription messages: `cloud.openapi.subscribeMessage.send`
 * through wx-server-sdk. wx-server-sdk is installed by the cloud from the
 * notify-sender function's own package.json (scripts/build-functions.ts) and
 * kept out of the bundle; the call needs the `subscribeMessage.send`
 * permission in that function's config.json.
 */
interface WxServerSdk {
  init(options: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  openapi: {
    subscribeMessage: { send(input: Record<string, unknown>): Promise<{ errCode?: number; errMsg?: string }> };
  };
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
  if (res && typeof res.errCode === 'number' && res.errCode !== 0)
    throw Object.assign(new Error(res.errMsg ?? 'send failed'), { errCode: res.errCode });
};
