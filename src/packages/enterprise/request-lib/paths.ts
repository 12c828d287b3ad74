/** Page addresses of the direct line, built in one place so a renamed page breaks the type check, not a tap. */
const ROOT = '/packages/enterprise';
const q = (value: string) => encodeURIComponent(value);

export const REQUEST_PATHS = {
  /** File a new request (an enterprise contact). */
  file: `${ROOT}/request-new/index`,
  mine: `${ROOT}/my-requests/index`,
  request: (id: string) => `${ROOT}/request/index?id=${q(id)}`,
  /** Staff: the queue, one request, the statistics. */
  queue: `${ROOT}/staff-requests/index`,
  handle: (id: string) => `${ROOT}/staff-request/index?id=${q(id)}`,
  stats: `${ROOT}/staff-request-stats/index`,
};
