import type { Deps } from '../../server/core/action';
import { dispatch } from '../../server/core/dispatch';
import type { RoleBinding } from '../../server/core/roles';
import { loadPrincipal } from '../../server/domain/account/principal';
import { newUser, USERS, withBindings, type UserDoc } from '../../server/domain/account/users';
import {
  CONTACTS,
  DEPARTMENTS,
  ENTERPRISES,
  INDUSTRIES,
  LIAISONS,
  type EnterpriseDoc,
} from '../../server/domain/enterprise/model';
import {
  REQUEST_STATS,
  REQUESTS,
  REQUEST_TYPES,
  type RequestDoc,
  type RequestState,
  type RequestStatsDoc,
} from '../../server/domain/enterprise/requests/model';
import { derive, requestDeadlines } from '../../server/domain/enterprise/requests/sla';
import {
  contribution,
  REQUEST_STAT_FIELDS,
  statsKey,
  zeroVector,
  type RequestStatVector,
} from '../../server/domain/enterprise/requests/stats';
import { REQUEST_TYPE_SPECS } from '../../server/domain/enterprise/requests/types';
import { loadSettings, type IssueSettings } from '../../server/domain/issues/settings';
import { registry } from '../../server/functions';
import type { RuntimeClient } from '../../runtime/http-client';
import { signToken } from '../../runtime/token';
import { POLICY_VERSION } from '../../src/privacy/data';
import { load, printResults, timeQuery, type LoadResult } from '../lib';
import type { Scenario } from './index';

/**
 * The direct line at scale: 10,000 enterprises and 100,000 requests over the
 * last year written straight into the store (batched, counters included),
 * then the staff queue pages, the statistics and the CSV export timed in
 * process through the real dispatch; then a burst of filings over HTTP (the
 * day's ticket counter is one document every filing changes). Shared with
 * tests/runtime/enterprise-requests-burst.test.ts (smaller).
 */
export const ENTERPRISE_BENCH = {
  enterprises: Number(process.env.BENCH_ENTERPRISES ?? 10_000),
  requests: Number(process.env.BENCH_ENTERPRISE_REQUESTS ?? 100_000),
};
const BUDGET_MS = 50;
const DAY = 86_400_000;
const LIAISON_COUNT = 20;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
export const benchEnterpriseId = (tag: string, i: number) => `ent-bench-${tag}-${String(i).padStart(6, '0')}`;
export const benchLiaisonId = (i: number) => `liaison-bench-${i}`;

/** Verified enterprises, each with one contact user, spread over LIAISON_COUNT liaisons. */
export async function insertBenchEnterprises(deps: Deps, tag: string, total: number, batch = 1000): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.store.transaction(async (tx) => {
    for (let l = 0; l < LIAISON_COUNT; l++) {
      await tx.set(LIAISONS, {
        _id: benchLiaisonId(l),
        kind: 'department',
        name: `压测包联科室${l}`,
        title: '压力测试',
        departmentId: null,
        active: true,
      });
    }
  });
  for (let from = 0; from < total; from += batch) {
    await deps.store.transaction(async (tx) => {
      for (let i = from; i < Math.min(total, from + batch); i++) {
        const id = benchEnterpriseId(tag, i);
        const doc: EnterpriseDoc = {
          _id: id,
          name: `压力测试企业${tag}${i}`,
          creditCode: `BENCH${tag}${i}`,
          industry: INDUSTRIES[i % INDUSTRIES.length],
          size: 'small',
          address: '湖岛街道',
          contactName: '联系人',
          contactPhone: '13800000000',
          status: 'verified',
          rejectReason: null,
          verifiedBy: 'bench',
          verifiedAt: at,
          liaisonId: benchLiaisonId(i % LIAISON_COUNT),
          liaisonAssignedAt: at,
          lastVisitDate: null,
          registeredBy: contactOpenid(tag, i),
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
        await tx.set(ENTERPRISES, doc);
        await tx.set(CONTACTS, {
          _id: `${id}_${contactOpenid(tag, i)}`,
          enterpriseId: id,
          openid: contactOpenid(tag, i),
          name: '联系人',
          phone: null,
          joinedVia: 'registration',
          joinedAt: at,
        });
        await tx.set(USERS, benchUser(contactOpenid(tag, i), [{ role: 'enterprise_contact', enterpriseId: id }], now));
      }
    });
  }
  await deps.store.transaction(async (tx) => {
    await tx.set(USERS, benchUser(TEAM, [{ role: 'economic_staff' }], now));
    await tx.set(USERS, benchUser(LIAISON, [{ role: 'enterprise_liaison', liaisonId: benchLiaisonId(0) }], now));
  });
}

export const contactOpenid = (tag: string, i: number) => `bench-contact-${tag}-${i}`;
const TEAM = 'bench-economic-team';
const LIAISON = 'bench-liaison-0';

function benchUser(openid: string, bindings: RoleBinding[], now: Date): UserDoc {
  return {
    ...withBindings(newUser(openid, now, '压测用户'), bindings, now),
    consent: { version: POLICY_VERSION, at: now.toISOString() },
  };
}

/** One plausible request of the past year: older ones mostly solved, recent ones in every state. */
function synthetic(
  i: number,
  r: () => number,
  now: Date,
  settings: IssueSettings,
  enterprises: number,
  departments: string[],
): RequestDoc {
  const type = REQUEST_TYPES[Math.floor(r() * REQUEST_TYPES.length)];
  const spec = REQUEST_TYPE_SPECS[type];
  const e = Math.floor(r() * enterprises);
  const filed = now.getTime() - Math.floor(r() * 365 * DAY);
  const ageDays = (now.getTime() - filed) / DAY;
  const roll = r();
  const state: RequestState =
    ageDays < 15
      ? (['submitted', 'in_progress', 'resolved', 'closed'] as const)[Math.floor(roll * 4)]
      : roll < 0.9
        ? 'closed'
        : roll < 0.95
          ? 'withdrawn'
          : roll < 0.98
            ? 'resolved'
            : 'in_progress';
  const d = requestDeadlines(new Date(filed), spec.resolveDays, settings);
  const solved = state === 'resolved' || state === 'closed';
  const resolvedAt = solved ? Math.min(now.getTime(), filed + Math.floor((0.2 + r()) * spec.resolveDays * DAY)) : null;
  const amount = type === 'financing' ? 50 + Math.floor(r() * 950) : 0;
  const doc: RequestDoc = {
    _id: `rq_bench_${String(i).padStart(7, '0')}`,
    ticketNo: `QY${iso(filed).slice(0, 10).replace(/-/g, '')}-9${String(i).padStart(6, '0')}`,
    requestId: `bench-${i}`,
    enterpriseId: benchEnterpriseId('load', e),
    enterpriseName: `压力测试企业load${e}`,
    industry: INDUSTRIES[e % INDUSTRIES.length],
    filedBy: contactOpenid('load', e),
    filedByName: '联系人',
    type,
    title: `压力测试诉求 ${i}`,
    description: '压力测试诉求内容',
    attachments: [],
    financing: type === 'financing' ? { amountWan: amount, purpose: '流动资金', termMonths: 12 } : null,
    matches: [],
    departmentId: departments.includes(spec.departmentId) ? spec.departmentId : (departments[0] ?? spec.departmentId),
    departmentName: '责任部门',
    liaisonId: benchLiaisonId(e % LIAISON_COUNT),
    liaisonName: '压测包联科室',
    source: 'enterprise',
    visitId: null,
    state,
    level: 'liaison',
    supervised: false,
    everOverdue: r() < 0.05,
    ...d,
    resolveDays: spec.resolveDays,
    dueAt: null,
    remindAt: null,
    remindedFor: null,
    escalateAt: null,
    autoCloseAt: null,
    open: true,
    queueSort: '',
    outcome: solved
      ? {
          financingWan: type === 'financing' ? amount : 0,
          jobsFilled: type === 'hiring' ? 1 + Math.floor(r() * 10) : 0,
          policiesApplied: type === 'policy' ? 1 : 0,
          summary: '已办结',
        }
      : null,
    rating:
      state === 'closed' && r() < 0.7
        ? { stars: 4 + Math.round(r()), satisfied: true, comment: '', at: iso(resolvedAt! + DAY) }
        : null,
    resolvedOnTime: resolvedAt ? iso(resolvedAt) <= d.resolveDueAt : null,
    filedAt: iso(filed),
    acceptedAt: state === 'submitted' ? null : iso(filed + 3_600_000),
    resolvedAt: resolvedAt ? iso(resolvedAt) : null,
    closedAt: state === 'closed' || state === 'withdrawn' ? iso(resolvedAt ?? filed) : null,
    updatedAt: iso(resolvedAt ?? filed),
    version: 3,
    timeline: [],
  };
  // Old history is done with: no reminders or escalations pending for the SLA job to chew through.
  const next = derive(null, { ...doc, remindedFor: ageDays > 15 ? d.resolveDueAt : null });
  return ageDays > 15 ? { ...next, escalateAt: null, remindAt: null, autoCloseAt: null } : next;
}

/** Writes `total` synthetic requests and their counters, `batch` per transaction. */
export async function insertSyntheticRequests(
  deps: Deps,
  total: number,
  enterprises: number,
  departments: string[],
  batch = 2000,
): Promise<{ seconds: number }> {
  const started = performance.now();
  const now = deps.clock.now();
  const settings = await loadSettings(deps.store);
  const r = rng(20261130);
  const counters = new Map<string, { key: ReturnType<typeof statsKey>; v: RequestStatVector }>();
  for (let from = 0; from < total; from += batch) {
    const docs = Array.from({ length: Math.min(batch, total - from) }, (_, k) =>
      synthetic(from + k, r, now, settings, enterprises, departments),
    );
    await deps.store.transaction(async (tx) => {
      for (const doc of docs) await tx.create(REQUESTS, doc);
    });
    for (const doc of docs) {
      const key = statsKey(doc);
      const entry = counters.get(key.id) ?? { key, v: zeroVector() };
      const v = contribution(doc);
      for (const f of REQUEST_STAT_FIELDS) entry.v[f] += v[f];
      counters.set(key.id, entry);
    }
  }
  // Added to whatever the seed already counted, exactly as recordRequestStats would have, one request at a time.
  await deps.store.transaction(async (tx) => {
    for (const { key, v } of counters.values()) {
      const existing = await tx.get(REQUEST_STATS, key.id);
      const { id, ...fields } = key;
      const doc: RequestStatsDoc = existing ?? { _id: id, ...fields, ...zeroVector() };
      for (const f of REQUEST_STAT_FIELDS) doc[f] += v[f];
      await tx.set(REQUEST_STATS, doc);
    }
  });
  return { seconds: (performance.now() - started) / 1000 };
}

function enterpriseCall(deps: Deps, who: string, action: string, input: Record<string, unknown> = {}) {
  return async () => {
    const reply = await dispatch(registry, 'enterprise', { action, ...input }, { openid: who }, deps, loadPrincipal);
    if (!reply.ok) throw new Error(`${action}: ${reply.error.code} ${reply.error.message}`);
    return reply.data;
  };
}

export function requestQueries(deps: Deps): Array<[string, () => Promise<unknown>]> {
  const now = deps.clock.now();
  const month = (offset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 15)).toISOString().slice(0, 7);
  const year = { from: month(-11), to: month(0) };
  const out: Array<[string, () => Promise<unknown>]> = [];
  for (const [label, who] of [
    ['经济工作组 team', TEAM],
    ['包联 liaison', LIAISON],
  ] as const) {
    for (const view of ['open', 'overdue', 'solved', 'all'])
      out.push([`${label}: queue ${view} p1`, enterpriseCall(deps, who, 'requestQueue', { view })]);
    out.push([`${label}: queue all p20`, enterpriseCall(deps, who, 'requestQueue', { view: 'all', page: 20 })]);
    for (const groupBy of ['type', 'department', 'industry', 'month'])
      out.push([
        `${label}: stats 12 months by ${groupBy}`,
        enterpriseCall(deps, who, 'requestStats', { ...year, groupBy }),
      ]);
  }
  out.push(['企业 contact: myRequests', enterpriseCall(deps, contactOpenid('load', 7), 'myRequests')]);
  return out;
}

export const ENTERPRISE_BURST = { enterprises: Number(process.env.BENCH_ENTERPRISE_BURST ?? 300), oneEnterprise: 30 };

/**
 * Contacts of `n` fresh enterprises with a session each: `login` logs one in
 * (over HTTP in the test, whose runtime has no login rate limit; by signing a
 * token in the bench, whose runtime keeps the default limit of 20 logins a minute).
 */
export async function prepareFilingBurst(
  deps: Deps,
  tag: string,
  n: number,
  login: (openid: string) => Promise<string>,
): Promise<string[]> {
  await insertBenchEnterprises(deps, tag, n);
  const tokens: string[] = new Array(n);
  for (let from = 0; from < n; from += 64) {
    await Promise.all(
      Array.from(
        { length: Math.min(64, n - from) },
        async (_, k) => (tokens[from + k] = await login(contactOpenid(tag, from + k))),
      ),
    );
  }
  return tokens;
}

/** The token secret bench/run.ts starts its runtime with. */
const BENCH_TOKEN_SECRET = 'bench';

/** Every contact files a hiring request at the same moment. */
export async function filingBurst(client: RuntimeClient, tokens: string[], tag: string) {
  const replies: Array<{
    status: number;
    body: {
      ok: boolean;
      data?: { request: { ticketNo: string; id: string } };
      error?: { details?: { reason?: string } };
    };
  }> = new Array(tokens.length);
  const result = await load(
    `enterprise.fileRequest: ${tokens.length} enterprises at once`,
    tokens.length,
    tokens.length,
    async (i) => {
      replies[i] = (await client.call(
        'enterprise',
        {
          action: 'fileRequest',
          requestId: `burst-${tag}-${i}`,
          type: 'hiring',
          title: '招焊工 5 名',
          description: '压力测试：急需焊工 5 名',
        },
        tokens[i],
      )) as (typeof replies)[number];
      return replies[i].body?.ok === true;
    },
  );
  return { result, replies };
}

export const enterpriseRequestsScenario: Scenario = {
  name: 'enterprise-requests',
  async run({ runtime, client, baseline, noop }) {
    const deps = runtime.deps;
    const started = performance.now();
    await insertBenchEnterprises(deps, 'load', ENTERPRISE_BENCH.enterprises);
    const departments = (await deps.store.find(DEPARTMENTS, {}, { limit: 50 })).map((d) => d._id);
    const { seconds } = await insertSyntheticRequests(
      deps,
      ENTERPRISE_BENCH.requests,
      ENTERPRISE_BENCH.enterprises,
      departments,
    );
    const count = await deps.store.count(REQUESTS);
    console.log(
      `\n## 企业直通车 at scale: ${ENTERPRISE_BENCH.enterprises} enterprises, ${count} requests in SQLite (requests inserted in ${seconds.toFixed(1)} s, all in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(
      `每个查询在进程内经由 dispatch 调用 20 次；no-op 基线 = HTTP account.ping p50 ${baseline.p50.toFixed(2)} ms；目标 < ${BUDGET_MS} ms`,
    );
    console.log('| 查询 query | p50 ms | max ms | p50 / no-op | < 50 ms |');
    console.log('|---|---:|---:|---:|:---:|');
    for (const [label, fn] of requestQueries(deps)) {
      await fn();
      const t = await timeQuery(fn, 20);
      console.log(
        `| ${label} | ${t.p50.toFixed(2)} | ${t.max.toFixed(2)} | ${(t.p50 / baseline.p50).toFixed(2)} | ${t.p50 < BUDGET_MS ? '✓' : '✗'} |`,
      );
    }
    const now = deps.clock.now();
    const thisMonth = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
    const csv = enterpriseCall(deps, TEAM, 'exportRequests', { from: thisMonth, to: thisMonth });
    const t = await timeQuery(csv, 3);
    const rows = ((await csv()) as { rows: number }).rows;
    console.log(
      `| 经济工作组 team: exportRequests CSV this month (${rows} rows) | ${t.p50.toFixed(2)} | ${t.max.toFixed(2)} | ${(t.p50 / baseline.p50).toFixed(2)} | — |`,
    );

    const tokens = await prepareFilingBurst(
      deps,
      'bench',
      ENTERPRISE_BURST.enterprises,
      async (openid) => signToken(BENCH_TOKEN_SECRET, openid, deps.clock.now()).token,
    );
    const fresh: LoadResult = await noop();
    const { result } = await filingBurst(client, tokens, 'bench');
    printResults(`企业直通车 filing burst over HTTP (${count} requests stored)`, [result], fresh);
  },
};
