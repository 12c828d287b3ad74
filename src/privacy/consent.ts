/**
 * The consent popup's state, shared by every page's <Page> (which renders the
 * popup), the API client (a CONSENT_REQUIRED refusal asks here, then retries),
 * the first-login check and WeChat's onNeedPrivacyAuthorization. Whoever asks
 * gets a promise that settles when the resident taps 同意 or 拒绝.
 */
import Taro from '@tarojs/taro';
import { POLICY_VERSION } from './data';

export type ConsentAsker = 'first_use' | 'server' | 'wechat';

/** The policy version the resident refused on this phone: first use does not ask again for it (an action that needs consent still does). */
const REFUSED_KEY = 'dqej.privacy.refused';

function refusedBefore(): boolean {
  try {
    return Taro.getStorageSync(REFUSED_KEY) === POLICY_VERSION;
  } catch {
    return false;
  }
}

function rememberRefusal(refused: boolean): void {
  try {
    if (refused) Taro.setStorageSync(REFUSED_KEY, POLICY_VERSION);
    else Taro.removeStorageSync(REFUSED_KEY);
  } catch {
    // Storage full or unavailable: the popup simply asks again next launch.
  }
}

type Listener = (open: boolean) => void;

let open = false;
let waiters: Array<(agreed: boolean) => void> = [];
const listeners = new Set<Listener>();
/** Refused: public pages stay usable and we do not nag at every launch; an action that needs consent asks again. */
let refusedThisSession = false;

function notify() {
  listeners.forEach((fn) => fn(open));
}

export function isConsentOpen(): boolean {
  return open;
}

export function onConsentChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Opens the popup (once, however many ask) and resolves with the resident's answer. */
export function askConsent(asker: ConsentAsker): Promise<boolean> {
  if (asker === 'first_use' && (refusedThisSession || refusedBefore())) return Promise.resolve(false);
  return new Promise((resolve) => {
    waiters.push(resolve);
    if (!open) {
      open = true;
      notify();
    }
  });
}

/** The resident answered: closes the popup and settles every waiting ask. */
export function settleConsent(agreed: boolean): void {
  if (!agreed) refusedThisSession = true;
  rememberRefusal(!agreed);
  const waiting = waiters;
  waiters = [];
  open = false;
  notify();
  waiting.forEach((resolve) => resolve(agreed));
}

/** For tests: back to a fresh app launch. */
export function resetConsentState(): void {
  open = false;
  waiters = [];
  refusedThisSession = false;
  listeners.clear();
}
