import Taro from '@tarojs/taro';
import { isWeapp } from './env';

/**
 * The only module that talks to WeChat's privacy authorisation (enforced for
 * every mini-program since 2023-10-17). When a privacy API is called before the
 * resident agreed, WeChat holds the call and fires onNeedPrivacyAuthorization;
 * the app shows its own popup and answers through `resolve`:
 * `{ event: 'agree', buttonId }` only after the agree button
 * (`open-type="agreePrivacyAuthorization"`, that id) fired its event, since the
 * base library checks the button was really tapped; `{ event: 'disagree' }`
 * makes the held call fail with "privacy permission is not authorized".
 */
export const AGREE_BUTTON_ID = 'privacy-agree-btn';

export type PrivacyAnswer = 'agree' | 'disagree';
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

let pending: Resolve[] = [];

/** Registers the listener once at launch; `onNeed` opens the app's popup. No-op outside WeChat or on old clients. */
export function listenForPrivacyNeeds(onNeed: (referrer: string) => void): boolean {
  if (!isWeapp() || typeof Taro.onNeedPrivacyAuthorization !== 'function') return false;
  Taro.onNeedPrivacyAuthorization((resolve: Resolve, eventInfo?: { referrer?: string }) => {
    pending.push(resolve);
    onNeed(eventInfo?.referrer ?? '');
    // Tells WeChat our own popup is now on screen.
    resolve({ event: 'exposureAuthorization' });
  });
  return true;
}

/** Answers every call WeChat is holding. Call 'agree' only from the agree button's agreeprivacyauthorization event. */
export function answerPrivacyNeed(answer: PrivacyAnswer): void {
  const waiting = pending;
  pending = [];
  for (const resolve of waiting) {
    resolve(answer === 'agree' ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
  }
}

export function hasPendingPrivacyNeed(): boolean {
  return pending.length > 0;
}

/** WeChat's own page of the 用户隐私保护指引 from the admin console; false outside WeChat or when it cannot open. */
export async function openPrivacyContract(): Promise<boolean> {
  if (!isWeapp() || typeof Taro.openPrivacyContract !== 'function') return false;
  try {
    // Taro types it void, but WeChat returns a promise when no callback is passed; a refusal rejects it.
    await Promise.resolve(Taro.openPrivacyContract({}));
    return true;
  } catch {
    return false;
  }
}
