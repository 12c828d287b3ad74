import Taro from '@tarojs/taro';
import { isWeapp } from './env';
import { explainRefusal, isPermissionRefusal, isPrivacyRefusal } from './permission';

/**
 * The only module that opens the map to pick a place. Only WeChat can
 * (Taro.chooseLocation); in H5 the resident types the address instead, and
 * canPickLocation() is false there so the button is not shown. A refused
 * location permission is explained, with the way to settings.
 */
export interface PickedLocation {
  lat: number;
  lng: number;
  /** The place name the map gave, shortened to what the server keeps. */
  name: string;
}

export function canPickLocation(): boolean {
  return isWeapp();
}

/** The chosen place, or null when the resident closed the map (or in H5). */
export async function pickLocation(): Promise<PickedLocation | null> {
  if (!canPickLocation()) return null;
  try {
    const res = await Taro.chooseLocation({});
    const lat = Number(res?.latitude);
    const lng = Number(res?.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
    const name = String(res.name || res.address || '')
      .trim()
      .slice(0, 100);
    return { lat, lng, name };
  } catch (err) {
    if (/cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? '')) || isPrivacyRefusal(err)) return null;
    if (isPermissionRefusal(err)) {
      await explainRefusal('location');
      return null;
    }
    throw err;
  }
}
