import * as z from 'zod';
import { idField, versionField } from '../core/fields';
import { publicAction, roleAction, signedInAction } from '../core/action';
import { checkIn, markNoShow, markRemainingNoShows, resetAttendance, roster } from '../domain/culture/attendance';
import {
  cancelSession,
  createCourse,
  createLesson,
  createSession,
  manageList,
  updateCourse,
  updateLesson,
  updateSession,
} from '../domain/culture/authoring';
import { catalogue, mine, sessionCalendar } from '../domain/culture/catalogue';
import { courseDetail, enrolCourse, lessonDetail, saveProgress } from '../domain/culture/courses';
import {
  acceptOffer,
  cancelEnrolment,
  declineOffer,
  enrolSession,
  leaveWaitlist,
  sessionDetail,
} from '../domain/culture/enrolments';
import { CATEGORY_IDS } from '../domain/culture/model';
import { withConsent } from '../domain/privacy/consent';
import { attendanceStats, exportEnrolments } from '../domain/culture/statistics';

const id = idField();
const sessionRef = z.object({ sessionId: id });

/** Instants come with their offset (the app sends +08:00) and are stored in UTC. */
const instant = z
  .string({ error: '请填写时间' })
  .pipe(z.iso.datetime({ offset: true, error: '时间格式应如 2026-12-05T09:30:00+08:00' }))
  .transform((s) => new Date(s).toISOString());

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(max, `${label}最多 ${max} 个字`);
const required = (label: string, max: number) => text(label, max).min(1, `请填写${label}`);
const category = z.enum(CATEGORY_IDS, { error: '请选择类别：舞蹈、面点、书法、合唱、太极等' });
const version = versionField('缺少版本号，请刷新后再保存');
const community = id.nullable().optional();

const video = z
  .object({
    url: z
      .string()
      .trim()
      .regex(
        /^(\/media\/|\/uploads\/videos\/|https:\/\/)\S+$/,
        '视频地址须以 /media/、/uploads/videos/ 或 https:// 开头',
      )
      .nullable()
      .default(null),
    fileId: z
      .string()
      .trim()
      .regex(/^cloud:\/\/\S+$/, '云存储文件须以 cloud:// 开头')
      .nullable()
      .default(null),
  })
  .refine((v) => v.url !== null || v.fileId !== null, '请上传视频或填写视频地址');

const courseFields = z.object({
  title: required('课程名称', 40),
  category,
  summary: text('课程简介', 500).default(''),
  teacher: text('授课老师', 20).default(''),
  organiser: required('组织单位', 40).optional(),
  published: z.boolean().default(false),
});

const lessonFields = z.object({
  title: required('课时标题', 40),
  durationSeconds: z
    .number({ error: '请填写视频时长（秒）' })
    .int('时长须为整数秒')
    .min(1, '时长至少 1 秒')
    .max(4 * 3600, '单课时长不超过 4 小时'),
  text: text('课时说明', 3000).default(''),
  video,
});

const sessionFields = z.object({
  kind: z.enum(['class', 'event'], { error: '请选择类型：课程场次或活动' }),
  courseId: id.nullable().default(null),
  series: text('活动系列', 30).nullable().default(null),
  title: required('活动名称', 40),
  category,
  description: text('活动介绍', 1000).default(''),
  venue: required('活动地点', 60),
  organiser: required('组织单位', 40).optional(),
  startsAt: instant,
  endsAt: instant,
  signupOpensAt: instant.optional(),
  signupClosesAt: instant.optional(),
  cancelDeadline: instant.optional(),
  capacity: z
    .number({ error: '请填写名额' })
    .int('名额须为整数')
    .min(1, '名额至少 1 人')
    .max(5000, '名额不超过 5000 人'),
  offerHours: z
    .number()
    .int('候补确认时限须为整数小时')
    .min(1, '候补确认时限至少 1 小时')
    .max(168, '候补确认时限不超过 168 小时')
    .optional(),
});

const checkinCode = z
  .string()
  .trim()
  .regex(/^\d{6,8}$/, '签到码是 6 位数字');
/** What the resident's QR code holds: culture-checkin:<sessionId>:<code>. */
const scanned = z
  .string()
  .trim()
  .regex(/^culture-checkin:[^:\s]+:\d{6,8}$/, '这不是文化课堂的签到码')
  .transform((s) => {
    const [, sessionId, code] = s.split(':');
    return { sessionId, code };
  });

const checkInInput = z
  .object({
    sessionId: id.optional(),
    code: checkinCode.optional(),
    qr: scanned.optional(),
    enrolmentId: id.optional(),
  })
  .refine(
    (v) => Boolean(v.qr) || Boolean(v.enrolmentId) || (Boolean(v.sessionId) && Boolean(v.code)),
    '请扫码、输入签到码，或在名单中勾选',
  )
  .transform((v) =>
    v.qr ? v.qr : v.enrolmentId ? { enrolmentId: v.enrolmentId } : { sessionId: v.sessionId!, code: v.code! },
  );

const ADMINS = ['community_admin', 'district_admin'] as const;

/** 文化课堂: online courses with lesson progress; offline sessions and events with places, waiting list and check-in. */
export const culture = {
  // ----- Residents (browsing needs no sign-in) -----
  catalogue: publicAction(
    z.object({
      category: category.optional(),
      mode: z.enum(['all', 'online', 'offline'], { error: '请选择线上或线下' }).default('all'),
      q: text('搜索内容', 30).optional(),
    }),
    async (input, ctx) => catalogue(ctx, input),
  ),
  course: publicAction(z.object({ courseId: id }), async (input, ctx) => courseDetail(ctx, input.courseId)),
  session: publicAction(sessionRef, async (input, ctx) => sessionDetail(ctx, input.sessionId)),
  calendar: publicAction(sessionRef, async (input, ctx) => sessionCalendar(ctx, input.sessionId)),
  mine: signedInAction(z.object({}), async (_input, ctx) => mine(ctx)),

  enrolCourse: signedInAction(
    z.object({ courseId: id }),
    withConsent(async (input, ctx) => enrolCourse(ctx, input.courseId)),
  ),
  lesson: signedInAction(z.object({ lessonId: id }), async (input, ctx) => lessonDetail(ctx, input.lessonId)),
  saveProgress: signedInAction(
    z.object({
      courseId: id,
      lessonId: id,
      seconds: z
        .number({ error: '缺少播放进度' })
        .finite('播放进度须为数字')
        .min(0, '播放进度不能为负数')
        .max(4 * 3600 + 10, '播放进度超出了课时长度'),
    }),
    async (input, ctx) => saveProgress(ctx, input),
  ),

  enrolSession: signedInAction(
    sessionRef,
    withConsent(async (input, ctx) => enrolSession(ctx, input.sessionId)),
  ),
  cancelEnrolment: signedInAction(sessionRef, async (input, ctx) => cancelEnrolment(ctx, input.sessionId)),
  leaveWaitlist: signedInAction(sessionRef, async (input, ctx) => leaveWaitlist(ctx, input.sessionId)),
  acceptOffer: signedInAction(sessionRef, async (input, ctx) => acceptOffer(ctx, input.sessionId)),
  declineOffer: signedInAction(sessionRef, async (input, ctx) => declineOffer(ctx, input.sessionId)),

  // ----- Staff: district and community admins, each within their scope -----
  manageList: roleAction(ADMINS, z.object({}), async (_input, ctx) => manageList(ctx)),
  createCourse: roleAction(
    ADMINS,
    courseFields.extend({
      mode: z.enum(['online', 'offline'], { error: '请选择线上或线下课程' }),
      communityId: community,
    }),
    async (input, ctx) => createCourse(ctx, input),
  ),
  updateCourse: roleAction(
    ADMINS,
    courseFields.partial().extend({ courseId: id, version }),
    async ({ courseId, version: seen, ...patch }, ctx) => updateCourse(ctx, courseId, seen, patch),
  ),
  createLesson: roleAction(ADMINS, lessonFields.extend({ courseId: id }), async ({ courseId, ...fields }, ctx) =>
    createLesson(ctx, courseId, fields),
  ),
  updateLesson: roleAction(
    ADMINS,
    lessonFields.partial().extend({ lessonId: id, version }),
    async ({ lessonId, version: seen, ...patch }, ctx) => updateLesson(ctx, lessonId, seen, patch),
  ),
  createSession: roleAction(ADMINS, sessionFields.extend({ communityId: community }), async (input, ctx) =>
    createSession(ctx, input),
  ),
  updateSession: roleAction(
    ADMINS,
    sessionFields.partial().extend({ sessionId: id, version }),
    async ({ sessionId, version: seen, ...patch }, ctx) => updateSession(ctx, sessionId, seen, patch),
  ),
  cancelSession: roleAction(ADMINS, sessionRef.extend({ reason: required('取消原因', 200) }), async (input, ctx) =>
    cancelSession(ctx, input.sessionId, input.reason),
  ),

  roster: roleAction(ADMINS, sessionRef, async (input, ctx) => roster(ctx, input.sessionId)),
  checkIn: roleAction(ADMINS, checkInInput, async (input, ctx) => checkIn(ctx, input)),
  markNoShow: roleAction(ADMINS, z.object({ enrolmentId: id }), async (input, ctx) =>
    markNoShow(ctx, input.enrolmentId),
  ),
  resetAttendance: roleAction(ADMINS, z.object({ enrolmentId: id }), async (input, ctx) =>
    resetAttendance(ctx, input.enrolmentId),
  ),
  markNoShows: roleAction(ADMINS, sessionRef, async (input, ctx) => markRemainingNoShows(ctx, input.sessionId)),
  attendanceStats: roleAction(
    ADMINS,
    z.object({
      months: z.number().int().min(1, '至少 1 个月').max(24, '最多 24 个月').default(6),
      communityId: community,
    }),
    async (input, ctx) => attendanceStats(ctx, input),
  ),
  exportEnrolments: roleAction(
    ADMINS,
    z
      .object({ sessionId: id.optional(), courseId: id.optional() })
      .refine((v) => Boolean(v.sessionId) !== Boolean(v.courseId), '请选择一个活动或一门课程'),
    async (input, ctx) =>
      exportEnrolments(ctx, input.sessionId ? { sessionId: input.sessionId } : { courseId: input.courseId! }),
  ),
};
