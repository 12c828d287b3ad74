import Taro from '@tarojs/taro';
import { isWeapp } from './env';

/**
 * The only module that opens the camera to scan a code. Only WeChat can;
 * in H5 staff type the code instead (canScan() is false there).
 */
export function canScan(): boolean {
  return isWeapp();
}

/** The text of the scanned QR code, or null when the user closed the scanner (or in H5). */
export async function scanQrCode(): Promise<string | null> {
  if (!canScan()) return null;
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return typeof res?.result === 'string' && res.result ? res.result : null;
  } catch (err) {
    if (/cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''))) return null;
    throw err;
  }
}
