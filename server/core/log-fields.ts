/**
 * The fields of the one-line-per-request logs (runtime/request-log.ts for the
 * local runtime, createMain for cloud functions): never personal data.
 */

/** Action and function names are identifiers; anything else (an attacker's string) is not logged verbatim. */
export function loggableName(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value) ? value : undefined;
}

/** The caller as the roles they hold (`resident,grid_staff`), `anonymous` without identity; never who they are. */
export function rolesLabel(roles: readonly string[] | null): string {
  return roles === null ? 'anonymous' : [...new Set(roles)].join(',');
}
