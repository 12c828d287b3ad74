import { formatDeadline } from '../../core/time';
import type { Deps } from '../../core/action';
import type { Tx } from '../../store/port';
import { sweepDue } from '../sla/sweep';
import { loadStaffDirectory, staffAt, toResidents, toStaff, type StaffDirectory } from './notify';
import { loadSettings, type IssueSettings } from './settings';
import { derive, levelAbove, nextEscalationStep } from './sla';
import { nextState, runningDeadline } from './states';
import { ISSUES, LEVEL_LABELS, type IssueDoc } from './model';
import { saveChange, SYSTEM_ACTOR } from './write';

/**
 * The SLA timer: 催办 reminders before a deadline, 督办 escalation one level up
 * when it has passed, and auto-close of resolved issues nobody rated. Each
 * phase is a sweep of the shared SLA machinery (server/domain/sla/sweep.ts):
 * an indexed query for what is due, then one transaction per issue that
 * re-reads it and re-checks, so a late, repeated or concurrent run does
 * nothing twice.
 */

interface Run {
  now: Date;
  settings: IssueSettings;
  staff: StaffDirectory;
}

export async function runIssueSla(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  const [settings, staff] = await Promise.all([loadSettings(deps.store), loadStaffDirectory(deps.store)]);
  const run: Run = { now, settings, staff };
  let processed = 0;
  processed += await sweepDue(deps.store, ISSUES, 'remindAt', now, (tx, issue) => remind(tx, issue, run));
  processed += await sweepDue(deps.store, ISSUES, 'escalateAt', now, (tx, issue) => escalate(tx, issue, run));
  processed += await sweepDue(deps.store, ISSUES, 'autoCloseAt', now, (tx, issue) => autoClose(tx, issue, run));
  return { processed };
}

const phaseLabel = (issue: IssueDoc) =>
  runningDeadline(issue.state) === 'accept' ? (issue.gridId ? '受理' : '分派') : '办结';

async function remind(tx: Tx, issue: IssueDoc, run: Run): Promise<void> {
  const next = derive(issue, { ...issue, remindedFor: issue.dueAt }, run.settings);
  const text = `催办：请于 ${formatDeadline(issue.dueAt, run.now)} 前${phaseLabel(issue)}（${issue.ticketNo}）`;
  const notice = toStaff(staffAt(run.staff, issue.holder, issue), issue, 'issue_reminder', '催办提醒', text);
  await saveChange(
    tx,
    issue,
    next,
    { type: 'reminder', note: text, public: false, actor: SYSTEM_ACTOR },
    [notice],
    run.now,
  );
}

async function escalate(tx: Tx, issue: IssueDoc, run: Run): Promise<void> {
  const above = levelAbove(issue.level);
  const level = above ?? issue.level;
  const next = derive(
    issue,
    // At the top level there is nobody further up: it stays 督办 with no further steps.
    {
      ...issue,
      level,
      supervised: true,
      everOverdue: true,
      escalateAt: levelAbove(level) ? nextEscalationStep(run.now, run.settings) : null,
    },
    run.settings,
  );
  const unit = level === 'community' ? (issue.communityName ?? '社区') : '湖岛街道';
  const text = `超过${phaseLabel(issue)}时限，已提级由${unit}督办`;
  const notices = [
    toStaff(
      staffAt(run.staff, level, issue),
      issue,
      'issue_escalated',
      `督办：${LEVEL_LABELS[issue.level]}超时未${phaseLabel(issue)}`,
      `${issue.ticketNo} ${issue.categoryName}：${issue.addressText}`,
    ),
    ...(issue.holder === level
      ? []
      : [
          toStaff(
            staffAt(run.staff, issue.holder, issue),
            issue,
            'issue_escalated',
            '督办通知',
            `${issue.ticketNo} 已超时，由${unit}督办，请尽快办理`,
          ),
        ]),
    toResidents(issue, 'issue_escalated', '您的反映已升级督办', text),
  ];
  await saveChange(
    tx,
    issue,
    next,
    { type: 'escalated', note: text, public: true, actor: SYSTEM_ACTOR },
    notices,
    run.now,
  );
}

async function autoClose(tx: Tx, issue: IssueDoc, run: Run): Promise<void> {
  const state = nextState(issue.state, 'auto_close');
  const next = derive(
    issue,
    { ...issue, state, outcome: 'fixed', closedAt: run.now.toISOString(), version: issue.version + 1 },
    run.settings,
  );
  const text = `办结后 ${run.settings.autoCloseDays} 天内未评价，已自动办结`;
  await saveChange(
    tx,
    issue,
    next,
    { type: 'closed', note: text, public: true, actor: SYSTEM_ACTOR },
    [toResidents(issue, 'issue_closed', '您的反映已办结', text)],
    run.now,
  );
}

/** Registered in server/jobs/index.ts; the 5-minute tick is fine-grained enough for working-day limits. */
export const ISSUE_JOBS: Array<import('../../core/job').Job> = [
  { name: 'issues-sla', everyMinutes: 5, run: runIssueSla },
];
