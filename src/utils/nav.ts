import Taro from '@tarojs/taro';
import { HOME_PAGE } from '../auth/session';

/** Tab pages can only be opened with switchTab; navigateTo and redirectTo refuse them. */
const TAB_PAGES = new Set(['pages/index/index', 'pages/messages/index', 'pages/me/index']);

function splitUrl(url: string): { path: string; id: string | null } {
  const [path, query = ''] = url.replace(/^\//, '').split('?');
  const match = /(?:^|&)id=([^&]*)/.exec(query);
  return { path, id: match ? decodeURIComponent(match[1]) : null };
}

const isTab = (url: string) => TAB_PAGES.has(splitUrl(url).path);
const quietly = (p: unknown) => void Promise.resolve(p).catch(() => undefined);

/** Calls `first` at once (a tap should act in the same tick); on failure tries `fallback`. Never rejects. */
function attempt(first: () => unknown, fallback: () => unknown): void {
  let result: Promise<unknown>;
  try {
    result = Promise.resolve(first());
  } catch (err) {
    result = Promise.reject(err);
  }
  quietly(result.catch(() => fallback()));
}

/**
 * Opens a page on top of this one. WeChat keeps at most 10 pages on the stack;
 * when it is full navigateTo fails, so the current page is replaced instead of
 * leaving the tap dead.
 */
export function go(url: string): void {
  if (isTab(url)) return quietly(Taro.switchTab({ url }));
  attempt(
    () => Taro.navigateTo({ url }),
    () => Taro.redirectTo({ url }),
  );
}

/** Replaces this page (a sent form, lesson to lesson), so "back" skips what is finished with. */
export function replace(url: string): void {
  if (isTab(url)) return quietly(Taro.switchTab({ url }));
  attempt(
    () => Taro.redirectTo({ url }),
    () => go(url),
  );
}

/**
 * "Back to X": goes back when X is the page underneath (the usual way in),
 * otherwise opens X in place of this page (arrived from a message or a reload).
 */
export function backTo(url: string): void {
  const target = splitUrl(url);
  const pages = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages() : [];
  const previous = pages.length > 1 ? pages[pages.length - 2] : null;
  const route = (previous?.route ?? '').replace(/^\//, '').split('?')[0];
  const previousId = (previous as { options?: Record<string, string> } | null)?.options?.id ?? null;
  if (previous && route === target.path && (target.id === null || previousId === target.id)) {
    attempt(
      () => Taro.navigateBack({ delta: 1 }),
      () => replace(url),
    );
    return;
  }
  replace(url);
}

/** Back to whatever is underneath, or to `fallback` when nothing is (opened from a message, a reload). */
export function back(fallback: string): void {
  const pages = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages() : [];
  if (pages.length > 1) quietly(Taro.navigateBack({ delta: 1 }));
  else replace(fallback);
}

export function goHome(): void {
  quietly(Taro.switchTab({ url: HOME_PAGE }));
}
