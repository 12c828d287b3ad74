import { AppError, ERROR_MESSAGES, type ErrorCode } from './errors';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export function success<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function failure(code: ErrorCode, message?: string, details?: unknown): Envelope<never> {
  const error: ErrorBody = { code, message: message ?? ERROR_MESSAGES[code] };
  if (details !== undefined) error.details = details;
  return { ok: false, error };
}

/**
 * Turns anything thrown into an envelope. Unknown errors become INTERNAL with
 * the generic sentence: their message and stack go to the log, never to the client.
 */
export function failureFrom(err: unknown, log: (e: unknown) => void = defaultLog): Envelope<never> {
  if (err instanceof AppError) return failure(err.code, err.message, err.details);
  log(err);
  return failure('INTERNAL');
}

function defaultLog(err: unknown): void {
  console.error('[internal]', err);
}
