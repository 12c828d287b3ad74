import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Refusals of the moderation queue (staff releasing or hiding a held photo):
 * reason code -> Chinese sentence -> error code, carried in `details.reason`.
 */
export type ModerationRefusal = 'ENTRY_NOT_FOUND' | 'ENTRY_CHANGED' | 'ALREADY_RELEASED' | 'ALREADY_HIDDEN';

const MESSAGES: Record<ModerationRefusal, (d: RefusalDetails) => string> = {
  ENTRY_NOT_FOUND: () => '没有找到这条待审核内容',
  ENTRY_CHANGED: () => '这条内容已被其他工作人员处理，请刷新后再看',
  ALREADY_RELEASED: () => '这张照片已经放行了',
  ALREADY_HIDDEN: () => '这张照片已经隐藏了',
};

const CODES: Partial<Record<ModerationRefusal, ErrorCode>> = {
  ENTRY_NOT_FOUND: 'NOT_FOUND',
  ENTRY_CHANGED: 'CONFLICT',
};

export const MODERATION_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal } = MODERATION_REFUSALS;
