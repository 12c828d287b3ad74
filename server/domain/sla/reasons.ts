import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/** Refusals of the shared time-limit machinery (both the issues job and the enterprise line meet them). */
export type RefusalReason = 'CALENDAR_NO_WORKDAY';

const MESSAGES: Record<RefusalReason, (d: RefusalDetails) => string> = {
  CALENDAR_NO_WORKDAY: () => '工作日历配置有误：一年内找不到工作日',
};

const CODES: Partial<Record<RefusalReason, ErrorCode>> = {};

export const SLA_REFUSALS = refusalTable<RefusalReason>(MESSAGES, CODES);
export const { refusal, refusalMessage } = SLA_REFUSALS;
