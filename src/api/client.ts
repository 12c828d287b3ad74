import { goToLogin, clearToken, getToken } from '../auth/session';
import { callCloudFunction } from '../platform/cloud';
import { usesHttp } from '../platform/env';
import { askConsent } from '../privacy/consent';
import { unwrapEnvelope } from './envelope';
import { ApiError } from './errors';
import { requestJson } from './http';
import type { ActionName, FnName, InputArgs, OutputOf } from './types';

async function send(fn: string, data: Record<string, unknown>): Promise<unknown> {
  if (!usesHttp()) {
    try {
      return await callCloudFunction(fn, data);
    } catch {
      // callFunction rejects with { errMsg } for network trouble or a missing function.
      throw new ApiError('NETWORK');
    }
  }
  return requestJson(`/api/functions/${encodeURIComponent(fn)}`, { method: 'POST', body: data, token: getToken() });
}

/**
 * The one way pages reach the back end: `call('account', 'me')`.
 * Resolves with the action's data or rejects with an ApiError whose message can be shown as is.
 */
export async function call<F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  ...args: InputArgs<F, A>
): Promise<OutputOf<F, A>> {
  const input = (args[0] ?? {}) as Record<string, unknown>;
  try {
    return unwrapEnvelope<OutputOf<F, A>>(await send(fn, { ...input, action }));
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError('BAD_REPLY');
    if (error.code === 'UNAUTHENTICATED' && usesHttp()) {
      clearToken();
      goToLogin();
    }
    // The policy changed or was never agreed to: show the consent popup, and once agreed send the same request again.
    if (needsConsent(error) && (await askConsent('server'))) {
      return unwrapEnvelope<OutputOf<F, A>>(await send(fn, { ...input, action }));
    }
    throw error;
  }
}

function needsConsent(error: ApiError): boolean {
  return (error.details as { reason?: unknown } | undefined)?.reason === 'CONSENT_REQUIRED';
}
