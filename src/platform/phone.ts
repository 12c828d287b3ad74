import Taro from '@tarojs/taro';

/**
 * The only module that starts a phone call. WeChat asks the person before
 * dialling; in a browser Taro opens a tel: link. Resolves false when the call
 * was not started (cancelled, or no phone app), so the page can keep the
 * number visible to dial by hand.
 */
export async function callPhone(phoneNumber: string): Promise<boolean> {
  const digits = phoneNumber.replace(/[^\d+]/g, '');
  if (!digits) return false;
  try {
    await Taro.makePhoneCall({ phoneNumber: digits });
    return true;
  } catch {
    return false;
  }
}
