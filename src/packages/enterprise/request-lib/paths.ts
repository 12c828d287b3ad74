/** Page addresses of the direct line, built in one place so a renamed page breaks the type check, not a tap. */
const ROOT = '/packages/enterprise';
const q = (value: string) => encodeURIComponent(value);

export const REQUEST_PATHS = {
  /** File a new request, or list them, for one enterprise of the contact (left out: their only one). */
  file: (enterpriseId?: string) => `${ROOT}/request-new/index${enterpriseId ? `?enterpriseId=${q(enterpriseId)}` : ''}`,
  mine: (enterpriseId?: string) => `${ROOT}/my-requests/index${enterpriseId ? `?enterpriseId=${q(enterpriseId)}` : ''}`,
  request: (id: string) => `${ROOT}/request/index?id=${q(id)}`,
  /** Staff: the queue, one request, the statistics. */
  queue: `${ROOT}/staff-requests/index`,
  handle: (id: string) => `${ROOT}/staff-request/index?id=${q(id)}`,
  stats: `${ROOT}/staff-request-stats/index`,
};
