import Taro from '@tarojs/taro';
import { isWeapp } from './env';

/**
 * The only module that writes to the clipboard. WeChat: setClipboardData
 * (WeChat shows its own "已复制" toast). Browser: the async Clipboard API,
 * which needs a secure context; on plain http (the local runtime on a LAN
 * address) it is missing, so a hidden textarea and execCommand('copy') stand in.
 * Resolves true when the text was copied, false when the user must copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (isWeapp()) {
    try {
      await Taro.setClipboardData({ data: text });
      return true;
    } catch {
      return false;
    }
  }
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, no permission): try the old way below.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
    area.remove();
    return !!ok;
  } catch {
    return false;
  }
}
