import { apiBase } from '../platform/env';
import { ApiError } from './errors';

const TIMEOUT_MS = 15_000;

export interface RequestInit {
  method: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (a photo or video upload), instead of a JSON body. */
  raw?: { data: Blob; type: string };
  token?: string | null;
  /** Uploads of large files need longer than a call. */
  timeoutMs?: number;
}

/**
 * POST/GET and return the parsed JSON body, whatever the HTTP status: the
 * runtime puts the error envelope in 4xx/5xx bodies, so the envelope decides.
 */
export async function requestJson(path: string, init: RequestInit): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.raw) headers['Content-Type'] = init.raw.type;
  else if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.token) headers.Authorization = `Bearer ${init.token}`;

  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), init.timeoutMs ?? TIMEOUT_MS) : null;
  let response: Response;
  try {
    response = await fetch(`${apiBase()}${path}`, {
      method: init.method,
      headers,
      body: init.raw ? init.raw.data : init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: controller?.signal,
    });
  } catch (err) {
    const aborted = (err as { name?: string } | null)?.name === 'AbortError';
    throw new ApiError(aborted ? 'TIMEOUT' : 'NETWORK');
  } finally {
    if (timer) clearTimeout(timer);
  }

  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new ApiError('NETWORK');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A gateway's HTML error page: the service is down rather than the reply malformed.
    throw new ApiError(response.status >= 500 ? 'UNAVAILABLE' : 'BAD_REPLY');
  }
}
