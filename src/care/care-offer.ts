import Taro from '@tarojs/taro';
import { getCareState } from './care-mode';

/**
 * The one-time offer of 大字版 on 首页: shown on first launch until the
 * resident answers it (either way), and never when they already chose with a
 * switch. Kept apart from care-mode.ts: the offer is a page concern, the mode is app state.
 */
const OFFER_KEY = 'dqej.careOffer';

export function careOfferPending(): boolean {
  if (getCareState().manual !== null) return false;
  try {
    return Taro.getStorageSync(OFFER_KEY) !== 'answered';
  } catch {
    // Unreadable storage: do not nag on every launch.
    return false;
  }
}

export function answerCareOffer(): void {
  try {
    Taro.setStorageSync(OFFER_KEY, 'answered');
  } catch {
    // Storage full or unavailable: the offer goes away for this session.
  }
}
