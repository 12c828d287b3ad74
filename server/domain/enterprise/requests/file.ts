import { createHash } from 'node:crypto';
import type { SignedInContext } from '../../../core/action';
import type { Tx } from '../../../store/port';
import type { ContentChecker } from '../../../core/content-check';
import { loadSettings } from '../../issues/settings';
import { assertTextsAllowed, contentChecker } from '../../moderation/check';
import { shanghaiDay } from '../../sla/calendar';
import { audienceOf, filingEnterprise, routeOf } from './access';
import { REQUEST_COUNTERS, REQUESTS, type FinancingNeed, type RequestDoc, type RequestType } from './model';
import { refusal } from './reasons';
import { requestDeadlines } from './sla';
import { DAILY_LIMIT, REQUEST_TYPE_SPECS } from './types';
import { saveRequest } from './write';

export interface FileInput {
  enterpriseId: string;
  requestId: string;
  type: RequestType;
  title: string;
  description: string;
  attachments: string[];
  financing: FinancingNeed | null;
}

/** A request's id from its enterprise and the client's key: a retried tap finds the first one. */
export function requestDocId(enterpriseId: string, requestId: string): string {
  return `rq_${createHash('sha256').update(`${enterpriseId}|${requestId}`).digest('hex').slice(0, 24)}`;
}

/**
 * Attachments are read by the enterprise's liaison and department only (never
 * public), but they are still files someone else reads: each goes through the
 * content check, and a risky one refuses the filing, naming which. A verdict
 * that WeChat will push later ('pending') lets the file through to the staff
 * who need it; the moderation queue is for public photos.
 */
async function assertAttachmentsAllowed(checker: ContentChecker, openid: string, paths: string[]): Promise<void> {
  for (const [i, path] of paths.entries()) {
    const verdict = await checker.checkImage({ openid, scene: 'forum', path });
    if (verdict.status === 'risky') throw refusal('ATTACHMENT_REFUSED', { n: i + 1, label: verdict.label });
  }
}

export interface FileOptions {
  source: 'enterprise' | 'visit';
  visitId?: string | null;
}

/** Files a request for an enterprise (its contact, or staff turning a visit finding into one: see fileFromVisit). */
export async function fileRequest(
  ctx: SignedInContext,
  input: FileInput,
  options: FileOptions = { source: 'enterprise' },
): Promise<{ request: RequestDoc; created: boolean }> {
  if (input.type === 'financing' && !input.financing) throw refusal('FINANCING_DETAILS_REQUIRED');
  const id = requestDocId(input.enterpriseId, input.requestId);
  const existing = await ctx.store.get(REQUESTS, id);
  if (existing) return { request: existing, created: false };
  const { enterprise, filer } = await filingEnterprise(ctx, input.enterpriseId, options.source);
  await assertTextsAllowed(ctx, ctx.principal.openid, 'forum', {
    标题: input.title,
    诉求内容: input.description,
    融资用途: input.financing?.purpose,
  });
  await assertAttachmentsAllowed(contentChecker(ctx), ctx.principal.openid, input.attachments);
  const spec = REQUEST_TYPE_SPECS[input.type];
  const [route, settings] = await Promise.all([
    routeOf(ctx.store, enterprise, spec.departmentId),
    loadSettings(ctx.store),
  ]);
  const now = ctx.now;
  const day = shanghaiDay(now);
  const draft: RequestDoc = {
    _id: id,
    ticketNo: '',
    requestId: input.requestId,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    industry: enterprise.industry,
    filedBy: ctx.principal.openid,
    filedByName: filer,
    type: input.type,
    title: input.title,
    description: input.description,
    attachments: input.attachments,
    financing: input.type === 'financing' ? input.financing : null,
    departmentId: route.departmentId,
    departmentName: route.departmentName,
    liaisonId: route.liaisonId,
    liaisonName: route.liaisonName,
    source: options.source,
    visitId: options.visitId ?? null,
    ...startOfHandling(now, spec.resolveDays, settings),
  };
  const audience = await audienceOf(ctx.store, draft);
  return ctx.store.transaction(async (tx) => {
    const again = await tx.get(REQUESTS, id);
    if (again) return { request: again, created: false };
    // The daily limit and the ticket sequence are single counter documents changed in this transaction (a burst cannot overshoot).
    const quotaId = `quota-${enterprise._id}-${day}`;
    const used = (await tx.get(REQUEST_COUNTERS, quotaId))?.n ?? 0;
    if (options.source === 'enterprise' && used >= DAILY_LIMIT) throw refusal('DAILY_LIMIT', { limit: DAILY_LIMIT });
    await tx.set(REQUEST_COUNTERS, { _id: quotaId, n: used + 1 });
    const request: RequestDoc = { ...draft, ticketNo: await nextTicketNo(tx, day) };
    const saved = await saveRequest(
      tx,
      null,
      request,
      {
        type: 'filed',
        note: `已转${route.liaisonName ? `包联干部${route.liaisonName}和` : ''}${route.departmentName}办理`,
        public: true,
        actor: ctx.principal.openid,
        actorName: filer,
      },
      [
        {
          to: 'handlers',
          kind: 'enterprise_request_filed',
          title: `新的企业诉求（${spec.label}）`,
          body: `${enterprise.name}：${input.title}`,
        },
        // A finding of a visit: the enterprise learns it is now on record and can follow it like its own requests.
        ...(options.source === 'visit'
          ? [
              {
                to: 'contacts' as const,
                kind: 'enterprise_request_filed' as const,
                title: '走访发现的问题已登记为诉求',
                body: `${input.title}（${request.ticketNo}），由${route.departmentName}办理`,
              },
            ]
          : []),
      ],
      audience,
      now,
    );
    return { request: saved, created: true };
  });
}

/** Every handling field of a request as it is filed: submitted to the liaison, its time limits from `now`. */
export function startOfHandling(now: Date, resolveDays: number, settings: Awaited<ReturnType<typeof loadSettings>>) {
  const at = now.toISOString();
  return {
    matches: [],
    state: 'submitted',
    level: 'liaison',
    supervised: false,
    everOverdue: false,
    ...requestDeadlines(now, resolveDays, settings),
    resolveDays,
    dueAt: null,
    remindAt: null,
    remindedFor: null,
    escalateAt: null,
    autoCloseAt: null,
    open: true,
    queueSort: '',
    outcome: null,
    rating: null,
    resolvedOnTime: null,
    filedAt: at,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    updatedAt: at,
    version: 1,
    timeline: [],
  } satisfies Partial<RequestDoc>;
}

/** The day's next ticket number (QY20261130-0001), from one counter document changed in the caller's transaction. */
export async function nextTicketNo(tx: Tx, day: string): Promise<string> {
  const seqId = `seq-${day}`;
  const seq = ((await tx.get(REQUEST_COUNTERS, seqId))?.n ?? 0) + 1;
  await tx.set(REQUEST_COUNTERS, { _id: seqId, n: seq });
  return `QY${day.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`;
}
