import { AppError } from '../core/errors';
import { TransientConflictError, type DocumentStore } from './port';

export interface RetryOptions {
  attempts: number;
  /** Base delay; each retry waits a random time up to base * 2^attempt. */
  baseDelayMs: number;
}

const DEFAULTS: RetryOptions = { attempts: 5, baseDelayMs: 10 };

/**
 * The one place that retries transactions. Adapters report a lost race as
 * TransientConflictError; after a few tries the caller gets a plain
 * "busy, try again" (UNAVAILABLE) instead of a stack trace.
 */
export function withRetries(store: DocumentStore, options: Partial<RetryOptions> = {}): DocumentStore {
  const { attempts, baseDelayMs } = { ...DEFAULTS, ...options };
  return {
    get: (c, id) => store.get(c, id),
    find: (c, f, o) => store.find(c, f, o),
    count: (c, f) => store.count(c, f),
    close: () => store.close(),
    async transaction(fn) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await store.transaction(fn);
        } catch (err) {
          if (!(err instanceof TransientConflictError)) throw err;
          if (attempt + 1 >= attempts) throw new AppError('UNAVAILABLE', '当前办理的人较多，请稍后再试');
          await sleep(Math.random() * baseDelayMs * 2 ** attempt);
        }
      }
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
