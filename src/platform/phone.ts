import Taro from '@tarojs/taro';

/**
 * The one way to start a phone call (WeChat's makePhoneCall; Taro's H5 version
 * opens a tel: link). Resolves false when the person cancels or the phone
 * cannot call, so the page can leave the number on screen to dial by hand.
 */
export async function callPhone(number: string): Promise<boolean> {
  const phoneNumber = number.replace(/[\s-]/g, '');
  if (!/^\d{3,20}$/.test(phoneNumber)) return false;
  try {
    await Taro.makePhoneCall({ phoneNumber });
    return true;
  } catch {
    return false;
  }
}
