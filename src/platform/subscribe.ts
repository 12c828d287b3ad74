import Taro from '@tarojs/taro';
import { isWeapp } from './env';

/** WeChat shows at most three templates in one consent dialog. */
const MAX_TEMPLATES = 3;

export interface SubscribeResult {
  /** False when no dialog could be shown: H5, no template ids configured, or the call failed. */
  asked: boolean;
  /** Template ids the user accepted. */
  accepted: string[];
}

/**
 * The only module that asks for consent to WeChat subscription messages.
 * WeChat shows the dialog only while handling a tap, so call this first in a
 * tap handler, before any other await. Never throws: a refusal or an old
 * client must not stop the action the user tapped for. H5 has no such
 * messages (the in-app inbox covers it): a no-op there.
 */
export async function requestSubscription(templateIds: readonly string[]): Promise<SubscribeResult> {
  const ids = templateIds.filter(Boolean).slice(0, MAX_TEMPLATES);
  if (!isWeapp() || ids.length === 0) return { asked: false, accepted: [] };
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<string, unknown>;
    return { asked: true, accepted: ids.filter((id) => res?.[id] === 'accept') };
  } catch {
    return { asked: false, accepted: [] };
  }
}
