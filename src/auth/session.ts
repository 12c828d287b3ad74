import Taro from '@tarojs/taro';
import { usesHttp } from '../platform/env';

/** The H5 demo session. In WeChat identity comes from the platform and none of this is used. */
const TOKEN_KEY = 'dqej.session';
export const LOGIN_PAGE = '/pages/login/index';
export const HOME_PAGE = '/pages/index/index';

interface StoredSession {
  token: string;
  expiresAt: string | null;
}

function readSession(): StoredSession | null {
  try {
    const raw: unknown = Taro.getStorageSync(TOKEN_KEY);
    if (!raw || typeof raw !== 'object') return null;
    const { token, expiresAt } = raw as Partial<StoredSession>;
    if (typeof token !== 'string' || !token) return null;
    return { token, expiresAt: typeof expiresAt === 'string' ? expiresAt : null };
  } catch {
    return null;
  }
}

/** The bearer token, or null when there is none or it has expired. */
export function getToken(): string | null {
  const session = readSession();
  if (!session) return null;
  if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) {
    clearToken();
    return null;
  }
  return session.token;
}

export function saveToken(token: string, expiresAt?: string | null): void {
  Taro.setStorageSync(TOKEN_KEY, { token, expiresAt: expiresAt ?? null });
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}

/** Login is needed only where the app talks HTTP and holds no token. */
export function needsLogin(): boolean {
  return usesHttp() && getToken() === null;
}

let redirecting = false;

/** A page the login page may return to: one of ours, never an outside address. */
export function safeBack(back: string | undefined): string | null {
  if (!back) return null;
  let path = back;
  try {
    path = decodeURIComponent(back);
  } catch {
    return null;
  }
  return /^\/(pages|packages)\/[\w/-]+(\?[\w=&%.-]*)?$/.test(path) && !path.startsWith(LOGIN_PAGE) ? path : null;
}

/**
 * Several failing calls can arrive at once; only the first one navigates.
 * reLaunch (not navigateTo) so the back button cannot return to a signed-out page.
 * `back`: the page to return to after login (a shared link opened signed out).
 */
export function goToLogin(back?: string): void {
  if (!usesHttp() || redirecting) return;
  redirecting = true;
  const target = safeBack(back);
  Promise.resolve(Taro.reLaunch({ url: target ? `${LOGIN_PAGE}?back=${encodeURIComponent(target)}` : LOGIN_PAGE }))
    .catch(() => undefined)
    .finally(() => {
      redirecting = false;
    });
}

export function signOut(): void {
  clearToken();
  goToLogin();
}
