import { defineCollection } from '../../store/collections';

/**
 * One document per image held back from public view: why, and what staff
 * decided, with who and when. The id is derived from the path, so the same
 * photo is never queued twice. Text that fails is refused before anything is
 * saved, so it never needs a queue entry.
 */
export type ModerationState = 'pending' | 'held' | 'released' | 'hidden' | 'passed';

export const MODERATION_STATE_LABELS: Record<ModerationState, string> = {
  pending: '等待审核结果',
  held: '待人工处理',
  released: '已放行',
  hidden: '已隐藏',
  passed: '审核通过',
};

export interface ModerationEntry {
  at: string;
  by: string;
  byName: string;
  action: 'submitted' | 'checked' | 'released' | 'hidden';
  note: string;
}

export interface ModerationDoc {
  _id: string;
  kind: 'image';
  path: string;
  /** The record the photo belongs to (an issue). */
  issueId: string;
  ticketNo: string;
  communityId: string | null;
  submittedBy: string;
  state: ModerationState;
  /** Why it is held: a label from the checker (labelWords). */
  reason: string | null;
  /** mediaCheckAsync's trace id while its verdict is awaited. */
  traceId: string | null;
  checker: string;
  history: ModerationEntry[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const MODERATION = defineCollection<ModerationDoc>('moderation', [
  {
    name: 'state_created',
    fields: [
      ['state', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'community_state',
    fields: [
      ['communityId', 'asc'],
      ['state', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  { name: 'trace', fields: [['traceId', 'asc']] },
  { name: 'issue', fields: [['issueId', 'asc']] },
]);

export const MODERATION_COLLECTIONS = [MODERATION];
