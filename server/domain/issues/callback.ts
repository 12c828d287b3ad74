import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { sentences } from '../../core/text';
import { USERS } from '../account/users';
import { defaultName } from '../account/users';
import { loadStaffDirectory, staffAt, toStaff, type Notice } from './notify';
import { loadSettings } from './settings';
import { deadlinesFrom, derive } from './sla';
import { nextState } from './states';
import { ISSUES, SATISFACTION_LABELS, type IssueDoc, type Satisfaction } from './model';
import { viewerOf } from './views';
import { residentActor, saveChange } from './write';

export interface CallbackInput {
  satisfaction: Satisfaction;
  stars: number;
  comment: string;
}

/**
 * 回访: the reporter rates a resolved issue. Satisfied (or basically) closes it
 * as fixed. The first 不满意 reopens it under supervision (督办) with a fresh
 * time limit; the second sends it to the community admin to handle directly;
 * a third closes it honestly as "closed, not resolved" and tells the district.
 */
export async function rateIssue(ctx: SignedInContext, id: string, input: CallbackInput) {
  const me = ctx.principal.openid;
  const [settings, staff, user] = await Promise.all([
    loadSettings(ctx.store),
    loadStaffDirectory(ctx.store),
    ctx.store.get(USERS, me),
  ]);
  const saved = await ctx.store.transaction(async (tx) => {
    const issue = await tx.get(ISSUES, id);
    if (!issue || !viewerOf(ctx.principal, issue)) throw refusal('ISSUE_NOT_FOUND');
    if (issue.reporter !== me) throw refusal('NOT_REPORTER');
    const at = ctx.now.toISOString();
    const callback = { ...input, at };
    const label = `${SATISFACTION_LABELS[input.satisfaction]}，${input.stars} 星`;
    let next: IssueDoc;
    let note: string;
    const notices: Notice[] = [];
    if (input.satisfaction !== 'dissatisfied') {
      next = { ...issue, state: nextState(issue.state, 'rate'), outcome: 'fixed', closedAt: at, callback };
      note = `居民评价：${label}`;
    } else if (issue.reopenCount < 2) {
      const toCommunity = issue.reopenCount === 1;
      next = {
        ...issue,
        ...deadlinesFrom(ctx.now, issue.resolveDays, settings),
        state: nextState(issue.state, 'reopen'),
        callback,
        reopenCount: issue.reopenCount + 1,
        supervised: true,
        level: issue.level === 'district' ? 'district' : 'community',
        holder: toCommunity ? 'community' : issue.holder,
        remindedFor: null,
      };
      note = toCommunity
        ? sentences(`居民评价：${label}`, `第二次不满意，转由${issue.communityName ?? '社区'}直接办理`)
        : sentences(`居民评价：${label}`, '已发回重办（督办）');
      const recipients = toCommunity
        ? staffAt(staff, 'community', issue)
        : [...staffAt(staff, 'grid', issue), ...staffAt(staff, 'community', issue)];
      notices.push(
        toStaff(
          recipients,
          issue,
          'issue_reopened',
          toCommunity ? '二次不满意，转社区办理' : '居民不满意，发回重办',
          `${issue.ticketNo}：${input.comment || label}`,
        ),
      );
    } else {
      next = {
        ...issue,
        state: nextState(issue.state, 'close_unsatisfied'),
        outcome: 'unsatisfied',
        closedAt: at,
        callback,
      };
      note = sentences(`居民评价：${label}`, '多次办理仍不满意，按“未解决”关闭并报街道');
      notices.push(
        toStaff(
          [...staffAt(staff, 'community', issue), ...staffAt(staff, 'district', issue)],
          issue,
          'issue_unsatisfied',
          '多次不满意，已关闭待街道研判',
          `${issue.ticketNo}：${input.comment || label}`,
        ),
      );
    }
    next = derive(issue, { ...next, version: issue.version + 1 }, settings);
    const actor = residentActor(me, user?.name ?? defaultName(me));
    return saveChange(tx, issue, next, { type: 'callback', note, public: true, actor }, notices, ctx.now);
  });
  return { id: saved._id, state: saved.state, reopenCount: saved.reopenCount };
}
