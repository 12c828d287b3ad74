import type { Deps } from '../../../core/action';
import type { Job } from '../../../core/job';
import { formatDeadline } from '../../../core/time';
import type { DocumentStore, Tx } from '../../../store/port';
import { loadSettings } from '../../issues/settings';
import { calendarOf, nextEscalationStep } from '../../sla/deadlines';
import { sweepDue } from '../../sla/sweep';
import { audienceOf } from './access';
import { REQUESTS, type RequestDoc } from './model';
import type { RequestNotice } from './notices';
import { nextState, runningDeadline } from './states';
import { AUTO_CLOSE_DAYS, ESCALATION_STEP_WORKING_DAYS } from './types';
import { saveRequest } from './write';

/**
 * The direct line's timer on the shared SLA sweep: 催办 before a deadline,
 * 督办 (the economic work team takes it over) when it has passed, and
 * auto-close of resolved requests the enterprise did not rate. Each step
 * re-reads the request in its own transaction, so a late, repeated or
 * concurrent run does nothing twice.
 */
const SYSTEM = { actor: 'system', actorName: '系统' };

const phaseLabel = (r: RequestDoc) => (runningDeadline(r.state) === 'accept' ? '受理' : '办结');

export async function runRequestSla(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  const settings = await loadSettings(deps.store);
  const cal = calendarOf(settings);
  // Audiences are read outside the transactions (they cannot query); a handful of enterprises are due per tick.
  const withAudience = (
    handle: (tx: Tx, r: RequestDoc, audience: Awaited<ReturnType<typeof audienceOf>>) => Promise<void>,
  ) => {
    return async (tx: Tx, r: RequestDoc) => handle(tx, r, await audienceOf(deps.store as DocumentStore, r));
  };
  let processed = 0;
  processed += await sweepDue(
    deps.store,
    REQUESTS,
    'remindAt',
    now,
    withAudience(async (tx, r, audience) => {
      const text = `催办：请于 ${formatDeadline(r.dueAt, now)} 前${phaseLabel(r)}（${r.enterpriseName}，${r.ticketNo}）`;
      const notice: RequestNotice = {
        to: r.level === 'team' ? 'team' : 'handlers',
        kind: 'enterprise_request_reminder',
        title: '企业诉求催办提醒',
        body: text,
      };
      await saveRequest(
        tx,
        r,
        { ...r, remindedFor: r.dueAt },
        { type: 'reminder', note: text, public: false, ...SYSTEM },
        [notice],
        audience,
        now,
      );
    }),
  );
  processed += await sweepDue(
    deps.store,
    REQUESTS,
    'escalateAt',
    now,
    withAudience(async (tx, r, audience) => {
      // The team is the top: after the first step it stays 督办 and the team is reminded each step.
      const text = `超过${phaseLabel(r)}时限，已由经济工作组督办`;
      const next: RequestDoc = {
        ...r,
        level: 'team',
        supervised: true,
        everOverdue: true,
        escalateAt: nextEscalationStep(now, ESCALATION_STEP_WORKING_DAYS, cal),
      };
      const notices: RequestNotice[] = [
        {
          to: 'team',
          kind: 'enterprise_request_escalated',
          title: `督办：企业诉求超时未${phaseLabel(r)}`,
          body: `${r.enterpriseName}（${r.ticketNo}）${r.title}，责任部门${r.departmentName}`,
        },
        {
          to: 'handlers',
          kind: 'enterprise_request_escalated',
          title: '督办通知',
          body: `${r.ticketNo} 已超时，经济工作组督办，请尽快办理`,
        },
      ];
      await saveRequest(
        tx,
        r,
        next,
        { type: 'escalated', note: text, public: true, ...SYSTEM },
        notices,
        audience,
        now,
      );
    }),
  );
  processed += await sweepDue(
    deps.store,
    REQUESTS,
    'autoCloseAt',
    now,
    withAudience(async (tx, r, audience) => {
      const next: RequestDoc = {
        ...r,
        state: nextState(r.state, 'auto_close'),
        closedAt: now.toISOString(),
        version: r.version + 1,
      };
      const text = `办结后 ${AUTO_CLOSE_DAYS} 天内未评价，已自动办结`;
      await saveRequest(
        tx,
        r,
        next,
        { type: 'closed', note: text, public: true, ...SYSTEM },
        [{ to: 'contacts', kind: 'enterprise_request_closed', title: '诉求已办结', body: `${r.title}：${text}` }],
        audience,
        now,
      );
    }),
  );
  return { processed };
}

/** Registered in server/jobs/index.ts beside issues-sla; the same 5-minute tick. */
export const ENTERPRISE_REQUEST_JOBS: Job[] = [
  { name: 'enterprise-requests-sla', everyMinutes: 5, run: runRequestSla },
];
