import type { ErrorCode } from '../../server/core/errors';

/** Codes the client invents when no proper server reply arrived. */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_REPLY';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

const SERVER_CODES: readonly ErrorCode[] = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'CONFLICT',
  'FAILED_PRECONDITION',
  'RESOURCE_EXHAUSTED',
  'UNAVAILABLE',
  'INTERNAL',
];

/** Fallback sentences; a server message, when present, is more specific and wins. */
const MESSAGES: Record<ApiErrorCode, string> = {
  INVALID_ARGUMENT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  PERMISSION_DENIED: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '内容已被他人修改，请刷新后再试',
  FAILED_PRECONDITION: '当前状态下不能进行此操作',
  RESOURCE_EXHAUSTED: '操作太频繁或名额已满，请稍后再试',
  UNAVAILABLE: '系统繁忙，请稍后再试',
  INTERNAL: '系统出了点问题，请稍后再试',
  NETWORK: '网络连接不上，请检查网络后重试',
  TIMEOUT: '网络太慢，等了很久没有回应，请稍后重试',
  BAD_REPLY: '服务暂时不可用，请稍后再试',
};

export function isServerErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (SERVER_CODES as readonly string[]).includes(value);
}

export function messageFor(code: ApiErrorCode, serverMessage?: string): string {
  const trimmed = serverMessage?.trim();
  return trimmed ? trimmed : MESSAGES[code];
}

/** Every failed call rejects with this; `message` is always a sentence fit to show to a resident. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: unknown;

  constructor(code: ApiErrorCode, serverMessage?: string, details?: unknown) {
    super(messageFor(code, serverMessage));
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

/** Anything caught in UI code becomes a showable ApiError; unknown throws are not leaked as text. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('INTERNAL');
}
