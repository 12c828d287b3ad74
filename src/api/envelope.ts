import { ApiError, isServerErrorCode } from './errors';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Accepts only `{ ok: true, data }` or `{ ok: false, error: { code, message } }`.
 * Anything else (the H5 cloud stub's `{ errMsg }`, null, HTML, a proxy page)
 * throws BAD_REPLY: a reply we cannot read must never look like success.
 */
export function unwrapEnvelope<T>(reply: unknown): T {
  if (!isRecord(reply)) throw new ApiError('BAD_REPLY');
  if (reply.ok === true && 'data' in reply) return reply.data as T;
  if (reply.ok === false && isRecord(reply.error)) {
    const { code, message, details } = reply.error;
    const text = typeof message === 'string' ? message : undefined;
    // An unknown code still carries a server sentence worth showing.
    throw new ApiError(isServerErrorCode(code) ? code : 'INTERNAL', text, details);
  }
  throw new ApiError('BAD_REPLY');
}
