import type { SignedInContext } from '../../../core/action';
import type { Tx } from '../../../store/port';
import { loadSettings } from '../../issues/settings';
import { assertTextsAllowed } from '../../moderation/check';
import { audienceOf, authorize, type RequestActor } from './access';
import {
  FINANCE_PRODUCTS,
  REQUESTS,
  type FinancingMatch,
  type RequestDoc,
  type RequestEvent,
  type RequestOutcome,
} from './model';
import type { RequestNotice } from './notices';
import { refusal } from './reasons';
import { requestDeadlines } from './sla';
import { EVENT_SIDE, nextState, type RequestEventName } from './states';
import { saveRequest } from './write';

/**
 * Every step of a request after filing runs here: check who acts (side and
 * scope), ask the transition table for the next state, apply the step's own
 * rules, then one write (document, timeline, counters, messages) in one
 * transaction. Two staff accepting at once both read "submitted"; the store
 * lets one commit and the other then reads "in_progress" and is refused by
 * the table, or by the version it sent.
 */
export interface StepInput {
  requestId: string;
  version?: number;
  note?: string;
  outcome?: Omit<RequestOutcome, 'summary'> & { summary?: string };
  rating?: { stars: number; comment: string };
  productId?: string;
  granted?: boolean;
  grantedWan?: number | null;
}

interface Change {
  patch: Partial<RequestDoc>;
  event: { type: RequestEvent['type']; note: string; public: boolean };
  notices: RequestNotice[];
}

type Effect = (
  request: RequestDoc,
  input: StepInput,
  actor: RequestActor,
  now: Date,
  tx: Tx,
) => Promise<Change> | Change;

const who = (r: RequestDoc) => `${r.enterpriseName}（${r.ticketNo}）`;

const EFFECTS: Record<Exclude<RequestEventName, 'auto_close'>, Effect> = {
  accept: (r, input, actor, now) => ({
    patch: { acceptedAt: r.acceptedAt ?? now.toISOString() },
    event: {
      type: 'accepted',
      note: input.note || `${actor.unit}已受理，将在 ${r.resolveDays} 个工作日内办结`,
      public: true,
    },
    notices: [
      {
        to: 'contacts',
        kind: 'enterprise_request_accepted',
        title: '诉求已受理',
        body: `${r.title}：${actor.unit}已受理`,
      },
    ],
  }),
  reply: (r, input, actor) => ({
    patch: {},
    event: { type: 'reply', note: input.note ?? '', public: true },
    notices: [
      {
        to: 'contacts',
        kind: 'enterprise_request_reply',
        title: '诉求有新进展',
        body: `${r.title}：${input.note ?? ''}（${actor.unit}）`,
      },
    ],
  }),
  resolve: (r, input, actor, now) => {
    const outcome = input.outcome!;
    const full: RequestOutcome = {
      financingWan: outcome.financingWan,
      jobsFilled: outcome.jobsFilled,
      policiesApplied: outcome.policiesApplied,
      summary: outcome.summary ?? input.note ?? '',
    };
    const at = now.toISOString();
    return {
      patch: { outcome: full, resolvedAt: at, resolvedOnTime: at <= r.resolveDueAt },
      event: { type: 'resolved', note: full.summary || '已办结', public: true },
      notices: [
        {
          to: 'contacts',
          kind: 'enterprise_request_resolved',
          title: '诉求已办结，请评价',
          body: `${r.title}：${full.summary || '已办结'}（${actor.unit}）`,
        },
      ],
    };
  },
  rate: (r, input, _actor, now) => {
    const rating = {
      stars: input.rating!.stars,
      satisfied: input.rating!.stars >= 3,
      comment: input.rating!.comment,
      at: now.toISOString(),
    };
    return {
      patch: { rating, closedAt: now.toISOString() },
      event: {
        type: 'rated',
        note: `评价 ${rating.stars} 星${rating.comment ? `：${rating.comment}` : ''}`,
        public: true,
      },
      notices: [
        {
          to: 'handlers',
          kind: 'enterprise_request_rated',
          title: '企业已评价诉求办理',
          body: `${who(r)} ${rating.stars} 星`,
        },
      ],
    };
  },
  /** Unsatisfied: the department gets the type's time limit again, from now. */
  reopen: async (r, input, _actor, now, tx) => {
    const d = requestDeadlines(now, r.resolveDays, await loadSettings(tx));
    return {
      patch: { resolveDueAt: d.resolveDueAt, resolvedAt: null, resolvedOnTime: null, outcome: null, remindedFor: null },
      event: { type: 'reopened', note: input.note ?? '', public: true },
      notices: [
        {
          to: 'handlers',
          kind: 'enterprise_request_reopened',
          title: '企业对办理结果不满意',
          body: `${who(r)}：${input.note ?? ''}`,
        },
      ],
    };
  },
  withdraw: (r, input, _actor, now) => ({
    patch: { closedAt: now.toISOString() },
    event: { type: 'withdrawn', note: input.note || '企业已撤回', public: true },
    notices: [
      { to: 'handlers', kind: 'enterprise_request_withdrawn', title: '企业撤回了诉求', body: `${who(r)} ${r.title}` },
    ],
  }),
  match: async (r, input, actor, now, tx) => {
    if (r.type !== 'financing') throw refusal('FINANCING_ONLY');
    const product = await tx.get(FINANCE_PRODUCTS, input.productId!);
    if (!product) throw refusal('PRODUCT_NOT_FOUND');
    if (!product.active) throw refusal('PRODUCT_INACTIVE', { name: product.name });
    if (r.matches.some((m) => m.productId === product._id)) throw refusal('ALREADY_MATCHED', { name: product.name });
    const match: FinancingMatch = {
      productId: product._id,
      productName: product.name,
      provider: product.provider,
      status: 'proposed',
      grantedWan: null,
      note: input.note ?? '',
      at: now.toISOString(),
      by: actor.openid,
    };
    return {
      patch: { matches: [...r.matches, match] },
      event: {
        type: 'matched',
        note: `推荐${product.provider}“${product.name}”${input.note ? `：${input.note}` : ''}`,
        public: true,
      },
      notices: [
        {
          to: 'contacts',
          kind: 'enterprise_request_matched',
          title: '为您匹配了融资产品',
          body: `${product.provider}“${product.name}”，${product.rateNote}`,
        },
      ],
    };
  },
  match_outcome: (r, input, _actor, now) => {
    const index = r.matches.findIndex((m) => m.productId === input.productId);
    if (index < 0) throw refusal('MATCH_NOT_FOUND');
    const match = r.matches[index];
    if (match.status !== 'proposed') throw refusal('MATCH_DECIDED');
    if (input.granted && !input.grantedWan) throw refusal('GRANTED_AMOUNT_REQUIRED');
    const decided: FinancingMatch = {
      ...match,
      status: input.granted ? 'granted' : 'declined',
      grantedWan: input.granted ? input.grantedWan! : null,
      note: input.note ?? match.note,
      at: now.toISOString(),
    };
    const matches = r.matches.map((m, i) => (i === index ? decided : m));
    const text = input.granted
      ? `${match.provider}“${match.productName}”已放款 ${decided.grantedWan} 万元`
      : `${match.provider}“${match.productName}”未获批${input.note ? `：${input.note}` : ''}`;
    return {
      patch: { matches },
      event: { type: 'match_outcome', note: text, public: true },
      notices: [{ to: 'contacts', kind: 'enterprise_request_reply', title: '融资对接有结果', body: text }],
    };
  },
};

export async function step(
  ctx: SignedInContext,
  event: Exclude<RequestEventName, 'auto_close'>,
  input: StepInput,
): Promise<RequestDoc> {
  const before = await ctx.store.get(REQUESTS, input.requestId);
  if (!before) throw refusal('REQUEST_NOT_FOUND');
  const actor = await authorize(ctx, before, EVENT_SIDE[event]);
  // Checked once the caller may act: the other side reads every note, rating and summary.
  await assertTextsAllowed(ctx, ctx.principal.openid, 'comment', {
    说明: input.note,
    评价: input.rating?.comment,
    办理结果: input.outcome?.summary,
  });
  const audience = await audienceOf(ctx.store, before);
  return ctx.store.transaction(async (tx) => {
    const request = await tx.get(REQUESTS, input.requestId);
    if (!request) throw refusal('REQUEST_NOT_FOUND');
    if (input.version !== undefined && input.version !== request.version) throw refusal('EDITED_BY_OTHERS');
    const to = nextState(request.state, event);
    const change = await EFFECTS[event](request, input, actor, ctx.now, tx);
    const next: RequestDoc = { ...request, ...change.patch, state: to, version: request.version + 1 };
    return saveRequest(
      tx,
      request,
      next,
      { ...change.event, actor: actor.openid, actorName: `${actor.unit}${actor.name ? ` ${actor.name}` : ''}` },
      change.notices,
      audience,
      ctx.now,
    );
  });
}
