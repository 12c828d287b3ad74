import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Every refusal of the issues job has a reason code and one Chinese sentence
 * here, like the eldercare reasons: errors carry `details.reason`, so a page
 * can tailor its hint without parsing the message.
 */
export type RefusalReason =
  | 'ISSUE_NOT_FOUND'
  | 'ORIGINAL_NOT_FOUND'
  | 'TICKET_NOT_FOUND'
  | 'GRID_NOT_FOUND'
  | 'GRID_PARENT_MISSING'
  | 'ADDRESS_RULE_NOT_FOUND'
  | 'CATEGORY_NOT_FOUND'
  | 'CATEGORY_REQUIRED'
  | 'SERVICE_NOT_FOUND'
  | 'API_KEY_NOT_FOUND'
  | 'API_KEY_REVOKED'
  | 'API_KEY_INVALID'
  | 'ADDRESS_RULE_OTHER_COMMUNITY'
  | 'HOUSE_NUMBERS_REVERSED'
  | 'DATES_REVERSED_OPEN311'
  | 'RANGE_TOO_LONG'
  | 'ADDRESS_STRING_INCOMPLETE'
  | 'LOCATION_REQUIRED'
  | 'PLACE_REQUIRED'
  | 'SEARCH_PLACE_REQUIRED'
  | 'DAILY_LIMIT'
  | 'MONTHS_REVERSED'
  | 'TOO_MANY_MONTHS'
  | 'DAYS_REVERSED'
  | 'ILLEGAL_TRANSITION'
  | 'NOT_REPORTER'
  | 'OWN_ISSUE'
  | 'ISSUE_NOT_OPEN'
  | 'ESCALATED_FROM_GRID'
  | 'OUTSIDE_REACH'
  | 'VIEW_OUTSIDE_REACH'
  | 'EDITED_BY_OTHERS'
  | 'NOT_PLACED'
  | 'DISTRICT_MUST_REASSIGN'
  | 'GRID_STAFF_CANNOT_REASSIGN'
  | 'REASSIGN_OTHER_COMMUNITY'
  | 'ALREADY_IN_GRID'
  | 'DUPLICATE_OF_ITSELF'
  | 'ORIGINAL_CLOSED'
  | 'PRIORITY_ONLY_OPEN'
  | 'PRIORITY_UNCHANGED';

const MESSAGES: Record<RefusalReason, (d: RefusalDetails) => string> = {
  ISSUE_NOT_FOUND: () => '没有找到这件诉求',
  ORIGINAL_NOT_FOUND: () => '没有找到原诉求',
  TICKET_NOT_FOUND: (d) => `没有找到编号为 ${d.ticketNo} 的诉求`,
  GRID_NOT_FOUND: () => '没有找到这个网格',
  GRID_PARENT_MISSING: () => '网格的上级单位缺失，请联系街道管理员',
  ADDRESS_RULE_NOT_FOUND: () => '没有找到这条地址规则',
  CATEGORY_NOT_FOUND: () => '没有找到这个类别',
  CATEGORY_REQUIRED: () => '请选择问题类别',
  SERVICE_NOT_FOUND: (d) => `没有这项服务：${d.serviceCode}`,
  API_KEY_NOT_FOUND: () => '没有找到这个接口密钥',
  API_KEY_REVOKED: () => '这个密钥已经作废了',
  API_KEY_INVALID: () => 'api_key 无效或已作废',
  ADDRESS_RULE_OTHER_COMMUNITY: () => '社区管理员只能维护本社区网格的地址规则',
  HOUSE_NUMBERS_REVERSED: () => '起始门牌号不能大于结束门牌号',
  DATES_REVERSED_OPEN311: () => 'start_date 不能晚于 end_date',
  RANGE_TOO_LONG: (d) => `时间范围不能超过 ${d.days} 天`,
  ADDRESS_STRING_INCOMPLETE: () => 'address_string 需包含街道和门牌号，例如“万安一路6号”',
  LOCATION_REQUIRED: () => '需要提供位置：lat 和 long，或 address_string',
  PLACE_REQUIRED: () => '请填写地址或在地图上选择位置',
  SEARCH_PLACE_REQUIRED: () => '请先填写地址或选择位置',
  DAILY_LIMIT: (d) => `每人每天最多反映 ${d.limit} 件，请明天再提交；紧急情况请直接联系社区`,
  MONTHS_REVERSED: () => '开始月份不能晚于结束月份',
  TOO_MANY_MONTHS: (d) => `一次最多统计 ${d.months} 个月`,
  DAYS_REVERSED: () => '开始日期不能晚于结束日期',
  ILLEGAL_TRANSITION: (d) => `这件诉求当前为“${d.stateLabel}”，不能${d.commandLabel}`,
  NOT_REPORTER: () => '只有反映人本人可以评价',
  OWN_ISSUE: () => '这是您自己反映的问题，无需再点“我也遇到”',
  ISSUE_NOT_OPEN: () => '这件诉求已经办结或关闭，如问题仍在，请重新反映',
  ESCALATED_FROM_GRID: () => '这件诉求已转由社区或街道办理，网格员不能再操作',
  OUTSIDE_REACH: () => '这件诉求不属于您负责的网格或社区',
  VIEW_OUTSIDE_REACH: () => '只能查看本人负责的网格或社区',
  EDITED_BY_OTHERS: () => '这件诉求刚被其他工作人员处理过，请刷新后再试',
  NOT_PLACED: () => '这件诉求还没有分派到网格，请先改派',
  DISTRICT_MUST_REASSIGN: () => '街道管理员请直接改派到正确的网格',
  GRID_STAFF_CANNOT_REASSIGN: () => '网格员不能改派，如不属于本网格请点“退回”',
  REASSIGN_OTHER_COMMUNITY: () => '社区管理员只能改派到本社区的网格；其他社区请退回街道分派',
  ALREADY_IN_GRID: () => '这件诉求已经在该网格了',
  DUPLICATE_OF_ITSELF: () => '不能标记为与自己重复',
  ORIGINAL_CLOSED: () => '原诉求已关闭或本身是重复件，请选择仍在办理的诉求',
  PRIORITY_ONLY_OPEN: () => '只能调整仍在办理中的诉求的优先级',
  PRIORITY_UNCHANGED: () => '优先级没有变化',
};

/** Anything not listed is FAILED_PRECONDITION: a state the caller can change. */
const CODES: Partial<Record<RefusalReason, ErrorCode>> = {
  ISSUE_NOT_FOUND: 'NOT_FOUND',
  ORIGINAL_NOT_FOUND: 'NOT_FOUND',
  TICKET_NOT_FOUND: 'NOT_FOUND',
  GRID_NOT_FOUND: 'NOT_FOUND',
  GRID_PARENT_MISSING: 'NOT_FOUND',
  ADDRESS_RULE_NOT_FOUND: 'NOT_FOUND',
  CATEGORY_NOT_FOUND: 'NOT_FOUND',
  SERVICE_NOT_FOUND: 'NOT_FOUND',
  API_KEY_NOT_FOUND: 'NOT_FOUND',
  CATEGORY_REQUIRED: 'INVALID_ARGUMENT',
  HOUSE_NUMBERS_REVERSED: 'INVALID_ARGUMENT',
  DATES_REVERSED_OPEN311: 'INVALID_ARGUMENT',
  RANGE_TOO_LONG: 'INVALID_ARGUMENT',
  ADDRESS_STRING_INCOMPLETE: 'INVALID_ARGUMENT',
  LOCATION_REQUIRED: 'INVALID_ARGUMENT',
  PLACE_REQUIRED: 'INVALID_ARGUMENT',
  SEARCH_PLACE_REQUIRED: 'INVALID_ARGUMENT',
  MONTHS_REVERSED: 'INVALID_ARGUMENT',
  TOO_MANY_MONTHS: 'INVALID_ARGUMENT',
  DAYS_REVERSED: 'INVALID_ARGUMENT',
  DUPLICATE_OF_ITSELF: 'INVALID_ARGUMENT',
  API_KEY_INVALID: 'PERMISSION_DENIED',
  ADDRESS_RULE_OTHER_COMMUNITY: 'PERMISSION_DENIED',
  NOT_REPORTER: 'PERMISSION_DENIED',
  ESCALATED_FROM_GRID: 'PERMISSION_DENIED',
  OUTSIDE_REACH: 'PERMISSION_DENIED',
  VIEW_OUTSIDE_REACH: 'PERMISSION_DENIED',
  DISTRICT_MUST_REASSIGN: 'PERMISSION_DENIED',
  GRID_STAFF_CANNOT_REASSIGN: 'PERMISSION_DENIED',
  REASSIGN_OTHER_COMMUNITY: 'PERMISSION_DENIED',
  EDITED_BY_OTHERS: 'CONFLICT',
  DAILY_LIMIT: 'RESOURCE_EXHAUSTED',
};

export const ISSUE_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal, refusalMessage } = ISSUE_REFUSALS;
