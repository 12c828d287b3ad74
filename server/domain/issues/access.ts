import type { Principal } from '../../core/action';
import type { AppError } from '../../core/errors';
import { refusal } from './reasons';
import type { RoleBinding } from '../../core/roles';
import type { Filter } from '../../store/port';
import type { IssueDoc } from './model';

/**
 * Which issues a staff member reaches: grid staff the branches they belong to,
 * community admins their communities, district admins everything (including
 * the triage of issues no rule could route).
 */
export interface Reach {
  all: boolean;
  branches: string[];
  communities: string[];
}

export function reachOf(principal: Principal): Reach {
  const reach: Reach = { all: false, branches: [], communities: [] };
  for (const b of principal.bindings) {
    if (b.role === 'district_admin') reach.all = true;
    if (b.role === 'community_admin') reach.communities.push(b.communityId);
    if (b.role === 'grid_staff') reach.branches.push(b.branchId);
  }
  return reach;
}

export function isIssueStaff(principal: Principal | null): boolean {
  return principal !== null && principal.bindings.some((b) => b.role !== 'partner_staff');
}

export function covers(reach: Reach, issue: Pick<IssueDoc, 'branchId' | 'communityId'>): boolean {
  if (reach.all) return true;
  if (issue.communityId !== null && reach.communities.includes(issue.communityId)) return true;
  return issue.branchId !== null && reach.branches.includes(issue.branchId);
}

/**
 * The binding a staff member acts on an issue with: the highest one that
 * covers it. Grid staff act only while the grid holds the issue (not after a
 * second dissatisfied callback sent it to the community admin, not in triage).
 */
export function actingBinding(principal: Principal, issue: IssueDoc): RoleBinding | null {
  const bindings = principal.bindings;
  const district = bindings.find((b) => b.role === 'district_admin');
  if (district) return district;
  const community = bindings.find(
    (b) => b.role === 'community_admin' && issue.communityId !== null && b.communityId === issue.communityId,
  );
  if (community) return community;
  const grid = bindings.find(
    (b) => b.role === 'grid_staff' && issue.branchId !== null && b.branchId === issue.branchId,
  );
  if (grid && issue.holder === 'grid') return grid;
  return null;
}

/**
 * Refuses a staff member who does not reach the issue. An issue others may
 * read gets PERMISSION_DENIED; one they may not even read gets NOT_FOUND, so
 * ids cannot be probed.
 */
export function assertActing(principal: Principal, issue: IssueDoc): RoleBinding {
  const binding = actingBinding(principal, issue);
  if (binding) return binding;
  if (covers(reachOf(principal), issue) && issue.holder !== 'grid') {
    throw refusal('ESCALATED_FROM_GRID');
  }
  if (!issue.public && issue.reporter !== principal.openid) throw refusal('ISSUE_NOT_FOUND');
  throw refusal('OUTSIDE_REACH');
}

/** Store filters for a staff member's queues; `narrow` picks one of their scopes when they hold several. */
export function scopeFilters(reach: Reach, narrow: { branchId?: string; communityId?: string }): Filter {
  if (narrow.branchId) {
    if (reach.all || reach.branches.includes(narrow.branchId)) return { branchId: narrow.branchId };
    // A community admin may pick a branch; the community condition keeps other communities out.
    if (reach.communities.length > 0) return { branchId: narrow.branchId, communityId: oneOrIn(reach.communities) };
    throw outOfReach();
  }
  if (narrow.communityId) {
    if (!reach.all && !reach.communities.includes(narrow.communityId)) throw outOfReach();
    return { communityId: narrow.communityId };
  }
  if (reach.all) return {};
  // A single value as equality lets the store walk one index range in sort order.
  if (reach.communities.length > 0) return { communityId: oneOrIn(reach.communities) };
  return { branchId: oneOrIn(reach.branches) };
}

function oneOrIn(values: string[]) {
  return values.length === 1 ? values[0] : { $in: values };
}

function outOfReach(): AppError {
  return refusal('VIEW_OUTSIDE_REACH');
}
