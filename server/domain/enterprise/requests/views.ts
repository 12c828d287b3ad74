import { isOverdue } from '../../sla/deadlines';
import { INDUSTRY_LABELS } from '../model';
import type { RequestDoc } from './model';
import { LEVEL_LABELS, STATE_LABELS } from './states';
import { REQUEST_TYPE_SPECS } from './types';
import { grantedWan } from './financing';

/**
 * What each side sees of a request. The enterprise sees its request, the
 * public timeline (progress replies, results) and the deadline; staff also see
 * internal events (reminders) and the queue fields. Nothing else leaves the server.
 */
function common(r: RequestDoc, now: Date) {
  return {
    id: r._id,
    ticketNo: r.ticketNo,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    type: r.type,
    typeLabel: REQUEST_TYPE_SPECS[r.type].label,
    title: r.title,
    description: r.description,
    attachments: r.attachments,
    financing: r.financing,
    matches: r.matches.map((m) => ({
      productId: m.productId,
      productName: m.productName,
      provider: m.provider,
      status: m.status,
      grantedWan: m.grantedWan,
      note: m.note,
      at: m.at,
    })),
    departmentName: r.departmentName,
    liaisonName: r.liaisonName,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    supervised: r.supervised,
    dueAt: r.dueAt,
    overdue: isOverdue(r, now),
    acceptDueAt: r.acceptDueAt,
    resolveDueAt: r.resolveDueAt,
    outcome: r.outcome,
    rating: r.rating,
    filedAt: r.filedAt,
    resolvedAt: r.resolvedAt,
    closedAt: r.closedAt,
    version: r.version,
  };
}

export function requestForEnterprise(r: RequestDoc, now: Date) {
  return {
    ...common(r, now),
    timeline: r.timeline
      .filter((e) => e.public)
      .map(({ at, type, note, actorName }) => ({ at, type, note, actorName })),
  };
}

export function requestForStaff(r: RequestDoc, now: Date) {
  return {
    ...common(r, now),
    industry: r.industry,
    industryLabel: INDUSTRY_LABELS[r.industry],
    filedByName: r.filedByName,
    source: r.source,
    level: r.level,
    levelLabel: LEVEL_LABELS[r.level],
    everOverdue: r.everOverdue,
    grantedWan: grantedWan(r),
    timeline: r.timeline.map(({ at, type, note, actorName, public: pub }) => ({
      at,
      type,
      note,
      actorName,
      public: pub,
    })),
  };
}

/** One line of a list (mine or the queue). */
export function requestRow(r: RequestDoc, now: Date) {
  return {
    id: r._id,
    ticketNo: r.ticketNo,
    enterpriseName: r.enterpriseName,
    type: r.type,
    typeLabel: REQUEST_TYPE_SPECS[r.type].label,
    title: r.title,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    departmentName: r.departmentName,
    liaisonName: r.liaisonName,
    supervised: r.supervised,
    dueAt: r.dueAt,
    overdue: isOverdue(r, now),
    filedAt: r.filedAt,
  };
}

export type RequestRow = ReturnType<typeof requestRow>;
