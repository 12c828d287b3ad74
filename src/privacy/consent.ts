/**
 * The consent popup's state, shared by every page's <Page> (which renders the
 * popup), the API client (a CONSENT_REQUIRED refusal asks here, then retries),
 * the first-login check and WeChat's onNeedPrivacyAuthorization. Whoever asks
 * gets a promise that settles when the resident taps 同意 or 拒绝.
 */
export type ConsentAsker = 'first_use' | 'server' | 'wechat';

type Listener = (open: boolean) => void;

let open = false;
let waiters: Array<(agreed: boolean) => void> = [];
const listeners = new Set<Listener>();
/** Refused in this session: public pages stay usable and we do not nag on every page; an action that needs consent asks again. */
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
  if (asker === 'first_use' && refusedThisSession) return Promise.resolve(false);
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
