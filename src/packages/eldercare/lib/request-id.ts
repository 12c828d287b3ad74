/**
 * A client request id for `book` (8-64 of [A-Za-z0-9_-]). The server derives
 * the booking id from it, so the same id sent again returns the first booking
 * instead of making a second one. Not a secret: uniqueness per tap is enough.
 */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  const noise = Array.from({ length: 3 }, () => Math.floor(random() * 36 ** 5).toString(36).padStart(5, '0')).join('');
  return `bk-${now.toString(36)}-${noise}`;
}
