/**
 * A client request id for `issues.report` (8-64 of [A-Za-z0-9_-]). The server
 * derives the issue id from reporter + request id, so the same id sent again
 * (a retried tap, a lost reply) answers with the first ticket instead of filing twice.
 */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  const noise = Array.from({ length: 3 }, () => Math.floor(random() * 36 ** 5).toString(36).padStart(5, '0')).join('');
  return `is-${now.toString(36)}-${noise}`;
}
