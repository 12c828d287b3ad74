import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Every refusal of the culture job has a reason code and one Chinese sentence
 * here, like the eldercare reasons: errors carry `details.reason`, so a page
 * can tailor its hint without parsing the message.
 */
export type RefusalReason =
  | 'SESSION_NOT_FOUND'
  | 'COURSE_NOT_FOUND'
  | 'CHOSEN_COURSE_NOT_FOUND'
  | 'LESSON_NOT_FOUND'
  | 'COMMUNITY_NOT_FOUND'
  | 'ENROLMENT_NOT_FOUND'
  | 'NOT_ENROLLED_IN_SESSION'
  | 'CHECKIN_CODE_WRONG'
  | 'OTHER_COMMUNITY_ORGANISER'
  | 'CREATE_FOR_OTHER_COMMUNITY'
  | 'REPORT_OTHER_COMMUNITY'
  | 'OFFER_LAPSED'
  | 'SIGNUP_UNAVAILABLE'
  | 'SESSION_CANCELLED'
  | 'CANCEL_DEADLINE_PASSED'
  | 'SESSION_STARTED'
  | 'CHECKIN_NOT_OPEN'
  | 'EDITED_BY_OTHERS'
  | 'OFFLINE_COURSE_NO_LESSONS'
  | 'TOO_MANY_LESSONS'
  | 'ENDS_BEFORE_START'
  | 'SIGNUP_CLOSES_BEFORE_OPENING'
  | 'SIGNUP_CLOSES_AFTER_START'
  | 'CANCEL_DEADLINE_AFTER_START'
  | 'START_IN_PAST'
  | 'EDIT_CANCELLED_SESSION'
  | 'CAPACITY_BELOW_HELD'
  | 'ALREADY_CANCELLED'
  | 'CANCEL_AFTER_END'
  | 'ABSENT_BEFORE_START'
  | 'ABSENT_BEFORE_END'
  | 'ILLEGAL_TRANSITION'
  | 'OFFLINE_COURSE_ENROL'
  | 'LESSON_OF_OTHER_COURSE'
  | 'ENROL_BEFORE_LEARNING'
  | 'PROGRESS_PAST_END';

const MESSAGES: Record<RefusalReason, (d: RefusalDetails) => string> = {
  SESSION_NOT_FOUND: () => '没有找到这个活动',
  COURSE_NOT_FOUND: () => '没有找到这门课程',
  CHOSEN_COURSE_NOT_FOUND: () => '没有找到所选的课程',
  LESSON_NOT_FOUND: () => '没有找到这一课',
  COMMUNITY_NOT_FOUND: () => '没有找到这个社区',
  ENROLMENT_NOT_FOUND: () => '没有找到这条报名记录',
  NOT_ENROLLED_IN_SESSION: () => '您还没有报名这个活动',
  CHECKIN_CODE_WRONG: () => '签到码不正确，请核对后重新输入',
  OTHER_COMMUNITY_ORGANISER: () => '只能管理本社区组织的课程和活动；街道组织的由街道管理员管理',
  CREATE_FOR_OTHER_COMMUNITY: () => '社区管理员只能为本社区创建课程和活动',
  REPORT_OTHER_COMMUNITY: () => '只能查看本社区的统计',
  OFFER_LAPSED: () => '候补名额已过确认时间，已顺延给下一位；如仍想参加，可重新报名',
  SIGNUP_UNAVAILABLE: (d) => `${d.statusLabel}，现在不能报名`,
  SESSION_CANCELLED: () => '活动已取消',
  CANCEL_DEADLINE_PASSED: () => '已过取消截止时间，如不能参加请联系组织方',
  SESSION_STARTED: (d) => `活动已开始，不能${d.actionLabel}`,
  CHECKIN_NOT_OPEN: () => '签到在活动开始前 2 小时开放',
  EDITED_BY_OTHERS: () => '内容已被其他管理员修改，请刷新后再编辑',
  OFFLINE_COURSE_NO_LESSONS: () => '线下课程没有视频课时，请改为添加场次',
  TOO_MANY_LESSONS: (d) => `每门课程最多 ${d.max} 课`,
  ENDS_BEFORE_START: () => '结束时间须晚于开始时间',
  SIGNUP_CLOSES_BEFORE_OPENING: () => '报名截止时间须晚于报名开始时间',
  SIGNUP_CLOSES_AFTER_START: () => '报名截止时间不能晚于活动开始时间',
  CANCEL_DEADLINE_AFTER_START: () => '取消截止时间不能晚于活动开始时间',
  START_IN_PAST: () => '活动开始时间须晚于现在',
  EDIT_CANCELLED_SESSION: () => '活动已取消，不能再修改',
  CAPACITY_BELOW_HELD: (d) => `名额不能少于已报名和待确认的 ${d.held} 人`,
  ALREADY_CANCELLED: () => '活动已经取消了',
  CANCEL_AFTER_END: () => '活动已结束，不能取消',
  ABSENT_BEFORE_START: () => '活动开始后才能标记缺席',
  ABSENT_BEFORE_END: () => '活动结束后才能把未签到的人标记为缺席',
  ILLEGAL_TRANSITION: (d) => `当前状态为${d.stateLabel}，不能${d.eventLabel}`,
  OFFLINE_COURSE_ENROL: () => '这是线下课程，请选择具体场次报名',
  LESSON_OF_OTHER_COURSE: () => '这一课不属于该课程',
  ENROL_BEFORE_LEARNING: () => '请先报名这门课程，再开始学习',
  PROGRESS_PAST_END: (d) => `播放进度超出了本课时长（${d.durationSeconds} 秒）`,
};

/** Anything not listed is FAILED_PRECONDITION: a state the caller can change. */
const CODES: Partial<Record<RefusalReason, ErrorCode>> = {
  SESSION_NOT_FOUND: 'NOT_FOUND',
  COURSE_NOT_FOUND: 'NOT_FOUND',
  CHOSEN_COURSE_NOT_FOUND: 'NOT_FOUND',
  LESSON_NOT_FOUND: 'NOT_FOUND',
  COMMUNITY_NOT_FOUND: 'NOT_FOUND',
  ENROLMENT_NOT_FOUND: 'NOT_FOUND',
  NOT_ENROLLED_IN_SESSION: 'NOT_FOUND',
  CHECKIN_CODE_WRONG: 'NOT_FOUND',
  OTHER_COMMUNITY_ORGANISER: 'PERMISSION_DENIED',
  CREATE_FOR_OTHER_COMMUNITY: 'PERMISSION_DENIED',
  REPORT_OTHER_COMMUNITY: 'PERMISSION_DENIED',
  EDITED_BY_OTHERS: 'CONFLICT',
  ENDS_BEFORE_START: 'INVALID_ARGUMENT',
  SIGNUP_CLOSES_BEFORE_OPENING: 'INVALID_ARGUMENT',
  SIGNUP_CLOSES_AFTER_START: 'INVALID_ARGUMENT',
  CANCEL_DEADLINE_AFTER_START: 'INVALID_ARGUMENT',
  START_IN_PAST: 'INVALID_ARGUMENT',
  LESSON_OF_OTHER_COURSE: 'INVALID_ARGUMENT',
  PROGRESS_PAST_END: 'INVALID_ARGUMENT',
};

export const CULTURE_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal, refusalMessage } = CULTURE_REFUSALS;
