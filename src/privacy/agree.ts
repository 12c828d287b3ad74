import { call } from '../api/client';
import { toApiError, type ApiError } from '../api/errors';
import { answerPrivacyNeed } from '../platform/privacy';
import { askConsent, isConsentOpen, settleConsent } from './consent';
import { POLICY_VERSION } from './data';

/**
 * The resident tapped 同意: record consent on the server (policy version and
 * time), release any call WeChat is holding, and let every waiting ask go on.
 * In WeChat this runs from the agree button's agreeprivacyauthorization event.
 */
export async function agreeToPolicy(): Promise<ApiError | null> {
  answerPrivacyNeed('agree');
  try {
    await call('account', 'agreePrivacy', { version: POLICY_VERSION });
  } catch (err) {
    return toApiError(err);
  }
  settleConsent(true);
  return null;
}

/** 拒绝: WeChat fails the held call, the popup closes, public pages stay usable. */
export function refusePolicy(): void {
  answerPrivacyNeed('disagree');
  if (isConsentOpen()) settleConsent(false);
}

/**
 * At launch and right after an H5 login: ask when the resident has not agreed
 * to the current version. Resolves when answered (or at once when nothing to ask).
 */
export async function checkConsentOnFirstUse(): Promise<void> {
  try {
    const me = await call('account', 'me');
    if (me.privacy.needsConsent) await askConsent('first_use');
  } catch {
    // Offline or signed out: the server still refuses actions without consent, and the client asks then.
  }
}
