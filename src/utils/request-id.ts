/**
 * A client request id (8-64 of [A-Za-z0-9_-]) for an action that must not run
 * twice: the server derives the record's id from it (a booking, an issue), so
 * the same id sent again (a retried tap, a lost reply) answers with the first
 * record instead of making a second one. Not a secret: uniqueness per tap is
 * enough. `prefix` says which job made it (bk, is), which helps reading logs.
 */
export function newRequestId(prefix: string, now: number = Date.now(), random: () => number = Math.random): string {
  const noise = Array.from({ length: 3 }, () =>
    Math.floor(random() * 36 ** 5)
      .toString(36)
      .padStart(5, '0'),
  ).join('');
  return `${prefix}-${now.toString(36)}-${noise}`;
}
