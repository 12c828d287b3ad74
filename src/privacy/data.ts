/**
 * The one source of what the app does with personal information. Three readers:
 * `scripts/privacy-doc.ts` writes the tables of docs/privacy.md (what to enter in
 * WeChat's 用户隐私保护指引), the in-app 隐私政策 page renders from it, and
 * tests/unit/privacy-declarations.test.ts fails when code calls a privacy API
 * that is not declared here. Plain data, no imports: the server, scripts and the
 * phone can all load it.
 */

/** Bump when the policy says something new: everyone is asked again before their next action that needs consent. */
export const POLICY_VERSION = '2026-11-30';

export const CONTROLLER = {
  name: '青岛市市北区湖岛街道办事处',
  contact: '湖岛街道党群服务中心，电话 0532-83700000（工作日 9:00–17:00）',
  appName: '党群e家',
} as const;

/** Days after an issue is closed before the reporter's phone and the original photos are erased (HUDAO_RETENTION_DAYS). */
export const DEFAULT_RETENTION_DAYS = 180;

/** A WeChat privacy API the code calls, as the 用户隐私保护指引 lists it. */
export interface PrivacyApi {
  /** The wx/Taro method name. */
  api: string;
  /** The line of the WeChat guide this falls under (what the console asks you to tick). */
  wechatItem: string;
  /** Why we call it, in the words shown to residents. */
  purpose: string;
  /** The src/platform module that calls it for this purpose (an API used for two purposes has two entries). */
  module: string;
}

export const PRIVACY_APIS: readonly PrivacyApi[] = [
  {
    api: 'chooseMedia',
    wechatItem: '收集你选中的照片或视频信息',
    purpose: '反映问题、办结回复时拍照或从相册选照片，让工作人员看清现场',
    module: 'src/platform/photos.ts',
  },
  {
    api: 'chooseMedia',
    wechatItem: '收集你选中的照片或视频信息',
    purpose: '社区、街道管理员为线上课程拍摄或从相册选取教学视频（仅工作人员使用）',
    module: 'src/platform/videos.ts',
  },
  {
    api: 'chooseMedia',
    wechatItem: '收集你选中的照片或视频信息',
    purpose: '企业提交诉求时附上营业执照、现场照片等图片，让包联干部和责任部门看清情况',
    module: 'src/platform/photos.ts',
  },
  {
    api: 'chooseLocation',
    wechatItem: '收集你选择的位置信息',
    purpose: '反映问题时在地图上选出问题所在的位置，方便网格员找到现场',
    module: 'src/platform/location.ts',
  },
  {
    api: 'setClipboardData',
    wechatItem: '使用你的剪切板',
    purpose: '复制用户编号、工单号或邀请码，方便您转发给家人或工作人员',
    module: 'src/platform/clipboard.ts',
  },
  {
    api: 'addPhoneCalendar',
    wechatItem: '使用你的日历（仅写入）权限',
    purpose: '把课程、活动或上门服务的时间加入手机日历，到时提醒您',
    module: 'src/platform/calendar.ts',
  },
];

/** Who can see a field, in plain words. */
export type Audience = string;

/** A personal field the app stores itself (not through a WeChat API). */
export interface PersonalField {
  collection: string;
  field: string;
  label: string;
  purpose: string;
  seenBy: Audience;
  retention: string;
  /** Sensitive personal information under PIPL art. 28: asked for with a separate consent. */
  sensitive?: boolean;
}

const UNTIL_DELETED = '直到您注销账号';

export const PERSONAL_FIELDS: readonly PersonalField[] = [
  {
    collection: 'users',
    field: '_id',
    label: '微信用户标识（openid）',
    purpose: '识别您是谁，不需要账号密码',
    seenBy: '仅系统；您可在“我的”查看自己的用户编号',
    retention: '注销后删除；保留的公共记录里换成匿名编号',
  },
  {
    collection: 'users',
    field: 'name',
    label: '称呼',
    purpose: '在反映、报名、预约记录上显示您是谁',
    seenBy: '您本人；处理您事项的工作人员',
    retention: UNTIL_DELETED,
  },
  {
    collection: 'users',
    field: 'phone',
    label: '手机号（选填）',
    purpose: '工作人员需要时回电联系您',
    seenBy: '您本人；处理您事项的工作人员',
    retention: UNTIL_DELETED,
  },
  {
    collection: 'users',
    field: 'consent',
    label: '同意隐私政策的版本和时间',
    purpose: '证明您同意过哪一版隐私政策',
    seenBy: '您本人',
    retention: '注销后只留版本，不含身份',
  },
  {
    collection: 'issues',
    field: 'description',
    label: '反映的问题描述',
    purpose: '说明问题，让工作人员处理；公开类别的问题其他居民可见',
    seenBy: '工作人员；公开类别时所有居民和 Open311 接口（不含姓名、电话、门牌详情）',
    retention: '长期保存，作为公共事务记录',
  },
  {
    collection: 'issues',
    field: 'address.detail',
    label: '楼号、单元、门牌',
    purpose: '工作人员上门处理',
    seenBy: '您本人；负责的网格员及上级管理员',
    retention: '长期保存；注销后删除',
  },
  {
    collection: 'issues',
    field: 'location',
    label: '地图上选择的位置',
    purpose: '找到问题所在的现场',
    seenBy: '工作人员；公开类别时显示大致地点名称',
    retention: '长期保存，作为公共事务记录',
  },
  {
    collection: 'issues',
    field: 'photos',
    label: '问题照片',
    purpose: '让工作人员看清现场',
    seenBy: '工作人员；审核通过后公开类别的照片其他居民可见',
    retention: '办结后 180 天删除原图',
  },
  {
    collection: 'issues',
    field: 'phone',
    label: '反映问题时留的电话',
    purpose: '工作人员回电了解情况、回访满意度',
    seenBy: '您本人；负责的网格员及上级管理员',
    retention: '办结后 180 天删除；注销时立即删除',
  },
  {
    collection: 'issues',
    field: 'reporterName',
    label: '反映人称呼（可选择隐藏）',
    purpose: '让其他居民知道谁反映的；选择隐藏时不公开',
    seenBy: '工作人员；未隐藏时其他居民',
    retention: '注销后改为“已注销用户”并隐藏',
  },
  {
    collection: 'issues',
    field: 'callback',
    label: '满意度评价和留言',
    purpose: '了解处理是否让您满意',
    seenBy: '工作人员',
    retention: '长期保存，作为公共事务记录（不含身份）',
  },
  {
    collection: 'elder_profiles',
    field: 'name, birthDate',
    label: '老人姓名、出生日期',
    purpose: '核实服务对象和年龄条件',
    seenBy: '监护人；社区、街道工作人员；确认预约后的服务方',
    retention: '直到最后一位监护人注销或删除',
  },
  {
    collection: 'elder_profiles',
    field: 'address, phone',
    label: '老人住址、电话',
    purpose: '服务方上门、联系老人',
    seenBy: '监护人；社区、街道工作人员；确认预约后的服务方',
    retention: '直到最后一位监护人注销或删除',
  },
  {
    collection: 'elder_profiles',
    field: 'difficultyClaimed, difficulty',
    label: '困难身份（低保、特困等）',
    purpose: '判断能否享受面向困难家庭的服务',
    seenBy: '监护人；社区、街道工作人员',
    retention: '直到最后一位监护人注销或撤回同意',
    sensitive: true,
  },
  {
    collection: 'elder_profiles',
    field: 'healthNotes',
    label: '健康相关备注（如行动不便、需轮椅）',
    purpose: '社区安排服务时提前做好准备',
    seenBy: '监护人；社区、街道工作人员',
    retention: '直到最后一位监护人注销或撤回同意',
    sensitive: true,
  },
  {
    collection: 'elder_profiles',
    field: 'sensitiveConsent',
    label: '敏感信息单独同意（谁、何时、老人本人或其监护人已同意）',
    purpose: '证明处理困难身份和健康信息取得了单独同意',
    seenBy: '监护人；社区、街道工作人员',
    retention: '与老人信息同时删除',
  },
  {
    collection: 'elder_guardians',
    field: 'openid, relation',
    label: '您与老人的关系',
    purpose: '确认您可以为老人预约',
    seenBy: '同一位老人的其他监护人；工作人员',
    retention: UNTIL_DELETED,
  },
  {
    collection: 'eldercare_bookings',
    field: 'bookerName, bookerPhone, notes',
    label: '预约人、电话、预约备注',
    purpose: '服务方确认和上门',
    seenBy: '您本人；服务方；社区、街道工作人员',
    retention: '长期保存服务记录；注销后姓名电话匿名',
  },
  {
    collection: 'eldercare_bookings',
    field: 'rating',
    label: '服务评价和留言',
    purpose: '改进服务质量',
    seenBy: '服务方；街道工作人员',
    retention: '长期保存（不含身份）',
  },
  {
    collection: 'partner_applications',
    field: 'contactName, contactPhone, description',
    label: '红色合伙人申请的联系人、电话、介绍',
    purpose: '街道审核申请并联系您',
    seenBy: '您本人；街道管理员',
    retention: '长期保存申请记录；注销后联系人匿名',
  },
  {
    collection: 'culture_enrolments',
    field: 'name, phone',
    label: '报名人称呼、电话',
    purpose: '课程活动签到、名额变动时通知您',
    seenBy: '您本人；组织课程的工作人员',
    retention: '注销后称呼、电话删除，报名记录匿名保留（名额和出勤统计不变）',
  },
  {
    collection: 'outbox',
    field: 'recipient, body',
    label: '发给您的消息',
    purpose: '告诉您事项的进展',
    seenBy: '您本人',
    retention: '注销时删除',
  },
  {
    collection: 'outbox',
    field: 'phone',
    label: '消息里附带的服务方电话',
    purpose: '需要打电话时一点就能拨出',
    seenBy: '您本人',
    retention: '注销时随消息删除',
  },
  {
    collection: 'partners',
    field: 'phone',
    label: '红色合伙人的联系电话（来自申请时留的联系电话）',
    purpose: '老人和家属改约、取消时能直接联系服务方',
    seenBy: '预约这项服务的居民；工作人员',
    retention: '合伙人退出后删除',
  },
  {
    collection: 'eldercare_services, eldercare_bookings',
    field: 'partnerPhone',
    label: '服务方电话的副本',
    purpose: '在预约页面和消息里显示可拨打的电话',
    seenBy: '预约这项服务的居民；工作人员',
    retention: '与服务、预约记录相同',
  },
  {
    collection: 'eldercare_link_codes',
    field: 'code, elderId, createdBy',
    label: '添加家属用的短链接码',
    purpose: '让老人或家属出示一个短码（或二维码），不必报出用户编号',
    seenBy: '生成链接码的人；输入链接码的人',
    retention: '用过或过期（30 分钟）后作废',
  },
  {
    collection: 'enterprises',
    field: 'contactName, contactPhone',
    label: '企业登记时留的联系人姓名、电话',
    purpose: '街道核实企业登记、包联干部联系企业',
    seenBy: '本企业的联系人；街道经济工作组；本企业的包联干部',
    retention: '与企业登记同时保存；联系人变更时更新',
  },
  {
    collection: 'enterprise_contacts',
    field: 'openid, name, phone',
    label: '您作为企业联系人的身份、称呼、电话',
    purpose: '确认您可以代表企业办理企业直通车事项',
    seenBy: '本企业的其他联系人；街道经济工作组；本企业的包联干部',
    retention: '退出企业或注销账号时删除',
  },
  {
    collection: 'enterprise_job_interests',
    field: 'openid, jobId, state',
    label: '您报名了哪些招聘岗位',
    purpose: '记录您对岗位的意向，让您能查看和撤回',
    seenBy: '您本人；企业只看到有几位居民感兴趣',
    retention: '撤回后只留状态；注销时未答复的撤回，已录用或未录用的记录匿名保留（录用人数统计不变）',
  },
  {
    collection: 'enterprise_job_interests',
    field: 'shareContact, name, phone, note',
    label: '应聘时提供给企业的称呼、电话和留言',
    purpose: '您同意后，让发布岗位的企业联系您',
    seenBy: '您本人；只有您勾选同意后，发布该岗位的企业联系人才能看到',
    retention: '撤回报名或撤回同意时立即删除；注销时删除',
  },
  {
    collection: 'enterprise_requests',
    field: 'filedBy, filedByName, attachments',
    label: '企业诉求的提交人和附件图片',
    purpose: '办理企业诉求时知道是谁提出的、看清情况，并把进展告诉提交人',
    seenBy: '本企业的联系人；本企业的包联干部和责任部门；街道经济工作组（从不公开）',
    retention: '与诉求记录相同，用于统计企业服务成效',
  },
  {
    collection: 'moderation',
    field: 'path, reason, history',
    label: '照片的内容安全审核记录',
    purpose: '公开照片前检查是否违法违规，记录谁何时放行或隐藏',
    seenBy: '社区、街道管理员',
    retention: '随照片一起，问题办结 180 天后删除',
  },
];

/** The word residents read for each erasure action. */
export const ERASURE_ACTION_WORDS = { erase: '删除', anonymise: '匿名', keep: '保留' } as const;

/** What happens to each kind of record when a resident deletes their account (docs/privacy.md explains why). */
export const ERASURE_RULES: readonly { what: string; action: 'erase' | 'anonymise' | 'keep'; detail: string }[] = [
  {
    what: '账号（称呼、电话、同意记录）',
    action: 'erase',
    detail: '账号删除；只留一条不含身份的记录：某个账号何时注销、曾同意哪一版隐私政策',
  },
  {
    what: '我反映的问题',
    action: 'anonymise',
    detail: '问题和处理过程保留（公共事务记录、统计不变），反映人匿名，电话、门牌详情删除',
  },
  { what: '“我也遇到”记录', action: 'keep', detail: '只保留次数，不再对应到您' },
  { what: '我监护的老人', action: 'erase', detail: '没有其他监护人的老人信息删除；有其他监护人的保留，只去掉您' },
  { what: '未来的上门服务预约', action: 'erase', detail: '取消（名额和年度次数退回），并通知服务方' },
  { what: '已完成的预约', action: 'anonymise', detail: '服务记录保留，预约人姓名电话匿名' },
  {
    what: '课程报名',
    action: 'anonymise',
    detail: '报名记录匿名保留（名额、出勤统计不变），称呼、电话删除；如需退出未开始的课程请先在“我的课程”取消',
  },
  { what: '红色合伙人申请', action: 'anonymise', detail: '申请记录保留，联系人、电话删除' },
  {
    what: '招聘岗位报名',
    action: 'anonymise',
    detail: '未答复的报名撤回；企业已答复的记录匿名保留（录用人数统计不变）；称呼、电话、留言删除',
  },
  { what: '消息', action: 'erase', detail: '全部删除' },
];
