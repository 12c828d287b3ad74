import type { Deps } from '../core/action';
import { OUTBOX } from '../domain/notify/outbox';
import { activeTemplates, mappingKey, SUBSCRIBE_TEMPLATES, type TemplateMapping } from './subscribe-templates';

/**
 * Turns outbox entries into WeChat subscription messages. Domain-free: it knows
 * outbox entries and a kind → template table, nothing about bookings. The
 * actual send is injected (cloud: cloud.openapi.subscribeMessage.send), so the
 * bookkeeping is tested on the SQLite store with a fake.
 */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'developer' | 'trial' | 'formal';
}

export type SendFn = (message: SubscribeMessage) => Promise<void>;

export interface SenderOptions {
  env?: Record<string, string | undefined>;
  table?: Record<string, TemplateMapping>;
  miniprogramState?: SubscribeMessage['miniprogramState'];
  /** Entries older than this are not pushed: a message about last week's change helps nobody. */
  maxAgeMs?: number;
  maxAttempts?: number;
  /** An overlapping run may take an entry again once its claim is this old (the first run died). */
  claimMs?: number;
  limit?: number;
}

export interface SendSummary {
  sent: number;
  failed: number;
  gaveUp: number;
  skipped: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
const DAY = 24 * 3600_000;

/**
 * WeChat error codes that no retry fixes: 43101 the user has not subscribed (or
 * used up the consent), 40003 bad openid, 47003 data does not fit the template,
 * 40037 unknown template. Everything else (network, 45009 rate limit, -1 busy) is retried.
 */
const PERMANENT_CODES = new Set([43101, 40003, 47003, 40037]);

export function errorCode(err: unknown): number | null {
  const e = err as { errCode?: unknown; errcode?: unknown } | null;
  const code = e?.errCode ?? e?.errcode;
  return typeof code === 'number' ? code : null;
}

function errorText(err: unknown): string {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String((err as { errMsg?: unknown })?.errMsg ?? err);
  return `${code ?? ''} ${message}`.trim().slice(0, 200);
}

export async function sendPendingMessages(deps: Deps, send: SendFn, options: SenderOptions = {}): Promise<SendSummary> {
  const templates = activeTemplates(options.env ?? process.env, options.table ?? SUBSCRIBE_TEMPLATES);
  const summary: SendSummary = { sent: 0, failed: 0, gaveUp: 0, skipped: 0 };
  if (templates.size === 0) return summary;
  const now = deps.clock.now();
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const claimMs = options.claimMs ?? 10 * 60_000;
  const since = new Date(now.getTime() - (options.maxAgeMs ?? DAY)).toISOString();

  const pending = await deps.store.find(
    OUTBOX,
    // Mapping keys are kinds, with `@staff` for messages to staff: the store filters on the kinds.
    {
      pushedAt: null,
      pushGaveUpAt: null,
      kind: { $in: [...new Set([...templates.keys()].map((k) => k.replace(/@staff$/, '')))] },
      createdAt: { $gte: since },
    },
    { orderBy: [['createdAt', 'asc']], limit: options.limit ?? 200 },
  );

  for (const candidate of pending) {
    if (candidate.pushGaveUpAt) continue;
    // A kind mapped for residents only is not sent to staff with a residents' template, nor the other way round.
    const mapping = templates.get(mappingKey(candidate));
    if (!mapping) continue;
    // Claim it in a transaction: a second run (or a retried invocation) sees the claim and skips.
    const claimedAt = now.toISOString();
    const claimed = await deps.store.transaction(async (tx) => {
      const current = await tx.get(OUTBOX, candidate._id);
      if (!current || current.pushedAt || current.pushGaveUpAt) return null;
      if (current.pushClaimedAt && now.getTime() - new Date(current.pushClaimedAt).getTime() < claimMs) return null;
      await tx.update(OUTBOX, current._id, { pushClaimedAt: claimedAt });
      return current;
    });
    if (!claimed) {
      summary.skipped += 1;
      continue;
    }

    const data = Object.fromEntries(Object.entries(mapping.data(claimed)).map(([k, v]) => [k, { value: v }]));
    let failure: unknown = null;
    try {
      await send({
        touser: claimed.recipient,
        templateId: mapping.templateId,
        page: (mapping.page ?? claimed.page ?? '/pages/messages/index').replace(/^\//, ''),
        data,
        miniprogramState: options.miniprogramState ?? 'formal',
      });
    } catch (err) {
      failure = err;
    }

    const attempts = (claimed.pushAttempts ?? 0) + 1;
    const doneAt = deps.clock.now().toISOString();
    const permanent = failure !== null && (PERMANENT_CODES.has(errorCode(failure) ?? 0) || attempts >= maxAttempts);
    await deps.store.transaction(async (tx) => {
      const current = await tx.get(OUTBOX, claimed._id);
      if (!current || current.pushedAt) return;
      await tx.update(OUTBOX, claimed._id, {
        pushAttempts: attempts,
        pushClaimedAt: null,
        ...(failure === null
          ? { pushedAt: doneAt, pushError: null }
          : { pushError: errorText(failure), ...(permanent ? { pushGaveUpAt: doneAt } : {}) }),
      });
    });
    if (failure === null) summary.sent += 1;
    else if (permanent) summary.gaveUp += 1;
    else summary.failed += 1;
  }
  return summary;
}
