import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { sentences } from '../../core/text';
import { formatDeadline } from '../../core/time';
import type { RoleBinding } from '../../core/roles';
import type { Tx } from '../../store/port';
import { USERS } from '../account/users';
import { assertActing, covers, reachOf } from './access';
import { loadStaffDirectory, staffAt, toResidents, toStaff, type Notice, type StaffDirectory } from './notify';
import { placeGrid } from './placement';
import { MAX_FOLLOWERS } from './reading';
import { loadSettings, type IssueSettings } from './settings';
import { acceptDeadline, deadlinesFrom, derive } from './sla';
import { nextState, stateGroup } from './states';
import { ISSUES, type Actor, type IssueDoc, type Priority } from './model';
import { saveChange, staffActor, type EventInput } from './write';

/**
 * Staff actions on one issue. Each reads the issue inside its transaction,
 * checks the caller reaches it, compares the version the caller saw (a stale
 * version is CONFLICT: of two staff pressing at once, exactly one wins), asks
 * the transition table, and writes through saveChange.
 */
interface Step {
  issue: IssueDoc;
  binding: RoleBinding;
  actor: Actor;
  tx: Tx;
  settings: IssueSettings;
  staff: StaffDirectory;
  now: Date;
}

interface Decision {
  next: IssueDoc;
  event: Omit<EventInput, 'actor'>;
  notices: Notice[];
}

async function act(
  ctx: SignedInContext,
  id: string,
  version: number | null,
  decide: (step: Step) => Promise<Decision> | Decision,
) {
  const [settings, staff, me] = await Promise.all([
    loadSettings(ctx.store),
    loadStaffDirectory(ctx.store),
    ctx.store.get(USERS, ctx.principal.openid),
  ]);
  const saved = await ctx.store.transaction(async (tx) => {
    const issue = await tx.get(ISSUES, id);
    if (!issue) throw refusal('ISSUE_NOT_FOUND');
    const binding = assertActing(ctx.principal, issue);
    if (version !== null && issue.version !== version) {
      throw refusal('EDITED_BY_OTHERS', { version: issue.version });
    }
    const actor = staffActor(ctx.principal.openid, me?.name ?? '工作人员', binding, issue);
    const d = await decide({ issue, binding, actor, tx, settings, staff, now: ctx.now });
    return saveChange(tx, issue, derive(issue, d.next, settings), { ...d.event, actor }, d.notices, ctx.now);
  });
  return { id: saved._id, state: saved.state, version: saved.version };
}

/** The first thing staff do with an issue is its first response, whatever it is. */
function responded(issue: IssueDoc, now: Date): Partial<IssueDoc> {
  if (issue.firstResponseAt) return {};
  return { firstResponseAt: now.toISOString(), respondedOnTime: now.toISOString() <= issue.firstAcceptDueAt };
}

export function accept(ctx: SignedInContext, id: string, version: number, note: string) {
  return act(ctx, id, version, ({ issue, actor, now }) => {
    if (issue.gridId === null) throw refusal('NOT_PLACED');
    const state = nextState(issue.state, 'accept');
    const next = {
      ...issue,
      ...responded(issue, now),
      state,
      acceptedAt: now.toISOString(),
      version: issue.version + 1,
    };
    const text = note || `${actor.unit}已受理，将于 ${formatDeadline(issue.resolveDueAt, now)} 前办结`;
    return {
      next,
      event: { type: 'accepted', note: text, public: true },
      notices: [toResidents(issue, 'issue_accepted', '您的反映已受理', text)],
    };
  });
}

export function publicUpdate(ctx: SignedInContext, id: string, version: number, note: string, photos: string[]) {
  return act(ctx, id, version, ({ issue, now }) => {
    const next = {
      ...issue,
      ...responded(issue, now),
      state: nextState(issue.state, 'update'),
      version: issue.version + 1,
    };
    return {
      next,
      event: { type: 'update', note, public: true, photos },
      notices: [toResidents(issue, 'issue_progress', '办理进展', note)],
    };
  });
}

/** Internal notes change nothing but the timeline, so they carry no version and bump none. */
export function internalNote(ctx: SignedInContext, id: string, note: string) {
  return act(ctx, id, null, ({ issue }) => ({
    next: issue,
    event: { type: 'note', note, public: false },
    notices: [],
  }));
}

export function resolve(ctx: SignedInContext, id: string, version: number, note: string, photos: string[]) {
  return act(ctx, id, version, ({ issue, now }) => {
    const at = now.toISOString();
    const next: IssueDoc = {
      ...issue,
      ...responded(issue, now),
      state: nextState(issue.state, 'resolve'),
      resolvedAt: at,
      resolvedOnTime: issue.resolveDueAt === null || at <= issue.resolveDueAt,
      version: issue.version + 1,
    };
    const body = sentences(note, '请您对办理结果进行评价');
    return {
      next,
      event: { type: 'resolved', note, public: true, photos },
      notices: [toResidents(issue, 'issue_resolved', '您的反映已办结', body)],
    };
  });
}

/** 退回: "not ours". A grid hands it to its community, a community to the district triage. */
export function returnIssue(ctx: SignedInContext, id: string, version: number, reason: string) {
  return act(ctx, id, version, ({ issue, binding, staff, settings, now }) => {
    if (binding.role === 'district_admin') throw refusal('DISTRICT_MUST_REASSIGN');
    const state = nextState(issue.state, 'return');
    const toDistrict = binding.role === 'community_admin';
    const next: IssueDoc = {
      ...issue,
      ...responded(issue, now),
      state,
      gridId: null,
      gridName: null,
      branchId: null,
      branchName: null,
      communityId: toDistrict ? null : issue.communityId,
      communityName: toDistrict ? null : issue.communityName,
      holder: toDistrict ? 'district' : 'community',
      level: toDistrict ? 'district' : 'community',
      acceptDueAt: acceptDeadline(now, settings),
      version: issue.version + 1,
    };
    const recipients = toDistrict
      ? staffAt(staff, 'district', next)
      : [...staffAt(staff, 'community', next), ...staffAt(staff, 'district', next)];
    return {
      next,
      event: {
        type: 'returned',
        note: `不属于本${toDistrict ? '社区' : '网格'}办理范围，已退回重新分派：${reason}`,
        public: true,
      },
      notices: [
        toStaff(recipients, next, 'issue_returned', '退回待分派', `${issue.ticketNo}：${reason}`),
        toResidents(
          issue,
          'issue_returned',
          '您的反映正在重新分派',
          '承办单位认为不属于其办理范围，正在重新分派，时限重新计算。',
        ),
      ],
    };
  });
}

/** 改派: a community admin within their community, a district admin anywhere. Deadlines restart. */
export async function reassign(ctx: SignedInContext, id: string, version: number, gridId: string, note: string) {
  const target = await placeGrid(ctx.store, gridId);
  return act(ctx, id, version, ({ issue, binding, staff, settings, now }) => {
    if (binding.role === 'grid_staff') throw refusal('GRID_STAFF_CANNOT_REASSIGN');
    if (binding.role === 'community_admin' && binding.communityId !== target.communityId) {
      throw refusal('REASSIGN_OTHER_COMMUNITY');
    }
    if (issue.gridId === gridId && issue.state !== 'returned') throw refusal('ALREADY_IN_GRID');
    const state = nextState(issue.state, 'reassign');
    const deadlines = deadlinesFrom(now, issue.resolveDays, settings);
    const next: IssueDoc = {
      ...issue,
      ...responded(issue, now),
      ...target,
      ...deadlines,
      state,
      holder: 'grid',
      level: 'grid',
      remindedFor: null,
      version: issue.version + 1,
    };
    const text = `已改派至${target.branchName}（${target.gridName}）${note ? `：${note}` : ''}`;
    return {
      next,
      event: { type: 'reassigned', note: text, public: true },
      notices: [
        toStaff(
          staffAt(staff, 'grid', target),
          next,
          'issue_assigned',
          '新分派的诉求待受理',
          `${issue.categoryName}：${issue.addressText}（${issue.ticketNo}）`,
        ),
        toResidents(issue, 'issue_reassigned', '您的反映已转交', text),
      ],
    };
  });
}

export function reject(ctx: SignedInContext, id: string, version: number, reason: string, redirectTo: string) {
  return act(ctx, id, version, ({ issue, now }) => {
    const next: IssueDoc = {
      ...issue,
      ...responded(issue, now),
      state: nextState(issue.state, 'reject'),
      outcome: 'rejected',
      closedAt: now.toISOString(),
      rejectReason: reason,
      redirectTo,
      version: issue.version + 1,
    };
    const text = sentences(`不予受理：${reason}`, `建议您：${redirectTo}`);
    return {
      next,
      event: { type: 'rejected', note: text, public: true },
      notices: [toResidents(issue, 'issue_rejected', '您的反映不予受理', text)],
    };
  });
}

/** 重复: closes this one, links it, and moves its reporters and supporters to follow the original. */
export function markDuplicate(ctx: SignedInContext, id: string, version: number, originalId: string, note: string) {
  return act(ctx, id, version, async ({ issue, tx, actor, now, settings }) => {
    if (originalId === id) throw refusal('DUPLICATE_OF_ITSELF');
    const original = await tx.get(ISSUES, originalId);
    if (!original || !(covers(reachOf(ctx.principal), original) || original.public))
      throw refusal('ORIGINAL_NOT_FOUND');
    if (original.state === 'duplicate' || stateGroup(original.state, original.outcome) === 'closed') {
      throw refusal('ORIGINAL_CLOSED');
    }
    const state = nextState(issue.state, 'duplicate');
    const followers = [...new Set([...original.followers, ...issue.followers])].slice(0, MAX_FOLLOWERS);
    const merged = { ...original, followers, supporters: original.supporters + 1 + issue.supporters };
    await saveChange(
      tx,
      original,
      derive(original, merged, settings),
      { type: 'merged', note: `合并了重复反映 ${issue.ticketNo}`, public: true, actor },
      [],
      now,
    );
    const next: IssueDoc = {
      ...issue,
      ...responded(issue, now),
      state,
      outcome: 'duplicate',
      closedAt: now.toISOString(),
      duplicateOf: original._id,
      duplicateTicket: original.ticketNo,
      version: issue.version + 1,
    };
    const text = `与 ${original.ticketNo} 为同一问题，将随该件一并办理${note ? `：${note}` : ''}`;
    return {
      next,
      event: { type: 'duplicate', note: text, public: true },
      notices: [toResidents(issue, 'issue_duplicate', '您的反映已合并办理', text)],
    };
  });
}

export function setPriority(ctx: SignedInContext, id: string, version: number, priority: Priority, note: string) {
  return act(ctx, id, version, ({ issue }) => {
    if (stateGroup(issue.state, issue.outcome) !== 'open') throw refusal('PRIORITY_ONLY_OPEN');
    if (issue.priority === priority) throw refusal('PRIORITY_UNCHANGED');
    const label = priority === 'urgent' ? '紧急' : '普通';
    const next = { ...issue, priority, version: issue.version + 1 };
    return {
      next,
      event: { type: 'priority', note: `优先级调整为${label}${note ? `：${note}` : ''}`, public: false },
      notices: [],
    };
  });
}
