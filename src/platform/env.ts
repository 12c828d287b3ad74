/**
 * Which world the bundle runs in. Read at call time (not module load) so tests
 * can switch platforms; in builds Taro inlines TARO_ENV and the check folds away.
 */
export function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp';
}

/** H5 (and tests): talks to the local runtime over HTTP with a bearer token. */
export function usesHttp(): boolean {
  return !isWeapp();
}

export function apiBase(): string {
  return process.env.TARO_APP_API_BASE || '';
}
