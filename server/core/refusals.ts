import { AppError, type ErrorCode } from './errors';

/** The numbers and names a refusal's sentence uses; they travel to the client in `details` beside the reason. */
export type RefusalDetails = Record<string, string | number | null>;

/**
 * One domain's refusals: reason code -> Chinese sentence -> error code. Every
 * error built here carries `details.reason`, so a page can tailor its hint
 * without parsing the sentence. Unlisted error codes are FAILED_PRECONDITION
 * (a state the caller can change).
 */
export interface RefusalTable<R extends string> {
  readonly reasons: readonly R[];
  refusalMessage(reason: R, details?: RefusalDetails): string;
  errorCodeOf(reason: R): ErrorCode;
  refusal(reason: R, details?: RefusalDetails): AppError;
}

export function refusalTable<R extends string>(
  messages: Record<R, (d: RefusalDetails) => string>,
  codes: Partial<Record<R, ErrorCode>>,
): RefusalTable<R> {
  const refusalMessage = (reason: R, details: RefusalDetails = {}): string => messages[reason](details);
  const errorCodeOf = (reason: R): ErrorCode => codes[reason] ?? 'FAILED_PRECONDITION';
  return {
    reasons: Object.keys(messages) as R[],
    refusalMessage,
    errorCodeOf,
    refusal: (reason, details = {}) =>
      new AppError(errorCodeOf(reason), refusalMessage(reason, details), { reason, ...details }),
  };
}
