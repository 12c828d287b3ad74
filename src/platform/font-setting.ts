import Taro from '@tarojs/taro';

/** The WeChat font scale from which care mode switches itself on (standard 1.0; "大" is about 1.12-1.25). */
export const LARGE_FONT_SCALE = 1.15;
/** WeChat's standard font size in px, to turn fontSizeSetting into a scale on clients without the factor. */
const STANDARD_FONT_PX = 16;

/**
 * The only module that reads the WeChat font setting. Returns 1 when it is
 * unknown (H5, old base libraries, tests): care mode then depends on the manual switch.
 */
export function readFontScale(): number {
  try {
    const getInfo = (Taro as unknown as { getAppBaseInfo?: () => unknown }).getAppBaseInfo;
    if (typeof getInfo !== 'function') return 1;
    const info = getInfo() as { fontSizeScaleFactor?: unknown; fontSizeSetting?: unknown } | null | undefined;
    const factor = Number(info?.fontSizeScaleFactor);
    if (Number.isFinite(factor) && factor > 0) return factor;
    const setting = Number(info?.fontSizeSetting);
    if (Number.isFinite(setting) && setting > 0) return setting / STANDARD_FONT_PX;
    return 1;
  } catch {
    return 1;
  }
}

export function systemWantsLargeText(): boolean {
  return readFontScale() >= LARGE_FONT_SCALE;
}
