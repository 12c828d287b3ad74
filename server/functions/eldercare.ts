import * as z from 'zod';
import {
  addressDetailField,
  calendarDateField,
  houseNumberField,
  idField,
  monthField,
  phoneField,
  streetField,
  versionField,
} from '../core/fields';
import { REQUEST_ID_PATTERN } from '../../src/rules/fields';
import { publicAction, roleAction, signedInAction, type SignedInContext } from '../core/action';
import { book } from '../domain/eldercare/book';
import {
  listServices,
  listWindows,
  partnerServices,
  partnerWindows,
  saveService,
  servicesForElder,
  setServiceStatus,
  setWindowOpen,
  setWindows,
} from '../domain/eldercare/services';
import {
  addElder,
  addGuardian,
  adminElders,
  getElder,
  gridElders,
  listGuardians,
  myElders,
  rejectElder,
  removeGuardian,
  updateElder,
  verifyElder,
} from '../domain/eldercare/elders';
import { createLinkCode, redeemLinkCode } from '../domain/eldercare/link-codes';
import { DIFFICULTY } from '../domain/eldercare/model';
import { applyPartner, decideApplication, listApplications, myApplications } from '../domain/eldercare/partners';
import { calendarFile, getBooking, gridBookings, myBookings, partnerBookings } from '../domain/eldercare/queries';
import { exportCsv, overview } from '../domain/eldercare/statistics';
import { act, rate, type ActOptions } from '../domain/eldercare/transitions';
import type { BookingEvent } from '../domain/eldercare/states';
import { withConsent } from '../domain/privacy/consent';
import { assertTextsAllowed } from '../domain/moderation/check';
import { bookingForBooker, bookingForPartner } from '../domain/eldercare/views';

const id = idField();
const date = calendarDateField();
const month = monthField;
const phone = phoneField;
const reason = z.string().trim().min(2, '请填写原因（至少 2 个字）').max(200, '原因最多 200 个字');
const version = versionField().optional();
const difficulty = z.enum(DIFFICULTY, { error: '请选择困难身份：无、低保、特困或困难家庭' });
const period = z.enum(['am', 'pm'], { error: '请选择上午或下午' });
const relation = z.enum(['本人', '子女', '配偶', '孙辈', '亲属', '邻居', '其他'], { error: '请选择与老人的关系' });

const address = z.object({
  street: streetField('请填写街道，例如 万安一路'),
  number: houseNumberField('请填写门牌号（数字）'),
  detail: addressDetailField('楼号、单元、房号').default(''),
});

const elderFields = {
  name: z.string().trim().min(1, '请填写老人姓名').max(20, '姓名最多 20 个字'),
  birthDate: date,
  address,
  phone: phone.nullable().default(null),
  difficultyClaimed: difficulty.default('none'),
  healthNotes: z.string().trim().max(200, '健康情况最多 200 个字').default(''),
  noSmartphone: z.boolean().default(false),
  // The separate consent to sensitive fields; without both, difficulty status and health notes are not kept.
  sensitiveConsent: z.boolean().default(false),
  elderAgrees: z.boolean().default(false),
};
const elderInput = z.object(elderFields);

const serviceInput = z.object({
  partnerId: id,
  name: z.string().trim().min(1, '请填写服务名称').max(30, '服务名称最多 30 个字'),
  description: z.string().trim().max(200, '服务说明最多 200 个字').default(''),
  mode: z.enum(['home', 'shop'], { error: '请选择上门服务或到店服务' }),
  eligibility: z.object({
    minAge: z.number().int().min(0, '年龄不能为负').max(120, '最低年龄不超过 120 岁').nullable(),
    difficultyRequired: z.boolean(),
  }),
  quotaPerYear: z.number().int().min(1, '每年次数至少 1 次').max(52, '每年次数最多 52 次').nullable(),
  bookAheadDays: z.number().int().min(1).max(90, '最多提前 90 天开放预约').default(28),
  minNoticeHours: z.number().int().min(0).max(168, '最多要求提前 7 天预约').default(12),
  cancelCutoffHours: z.number().int().min(0).max(168, '取消截止最多提前 7 天').default(24),
});

const bookingRef = z.object({ bookingId: id, version });
const withReason = bookingRef.extend({ reason });

const BOOKERS_VIEW: ReadonlySet<BookingEvent> = new Set(['cancel', 'accept', 'refuse']);

/** Runs one status change and answers with the view of the side that made it. */
async function step(ctx: SignedInContext, bookingId: string, event: BookingEvent, options: ActOptions) {
  const booking = await act(ctx, bookingId, event, options);
  return BOOKERS_VIEW.has(event) ? bookingForBooker(booking, booking.cancelCutoffHours) : bookingForPartner(booking);
}

const ADMINS = ['community_admin', 'district_admin'] as const;
const PARTNER_OR_DISTRICT = ['partner_staff', 'district_admin'] as const;
const REPORTERS = ['community_admin', 'district_admin', 'partner_staff'] as const;

/** 为老服务: elder profiles, services and windows, bookings and their partner workbench, partners joining, reports. */
export const eldercare = {
  // Elder profiles (服务对象)
  myElders: signedInAction(z.object({}), async (_input, ctx) => myElders(ctx)),
  addElder: signedInAction(
    elderInput.extend({ relation: relation.default('本人') }),
    withConsent(async ({ relation: rel, ...input }, ctx) => addElder(ctx, input, 'guardian', rel)),
  ),
  addElderForGrid: roleAction(['grid_staff'], elderInput, async (input, ctx) => addElder(ctx, input, 'grid_staff', '')),
  getElder: signedInAction(z.object({ elderId: id }), async (input, ctx) => getElder(ctx, input.elderId)),
  updateElder: signedInAction(
    z
      .object({
        elderId: id,
        version: z.number().int().min(1),
        // No defaults here: a field left out of an edit keeps its value.
        name: elderFields.name.optional(),
        birthDate: date.optional(),
        address: z
          .object({
            street: address.shape.street,
            number: address.shape.number,
            detail: addressDetailField('楼号、单元、房号'),
          })
          .optional(),
        phone: phone.nullable().optional(),
        difficultyClaimed: difficulty.optional(),
        healthNotes: z.string().trim().max(200, '健康情况最多 200 个字').optional(),
        noSmartphone: z.boolean().optional(),
        sensitiveConsent: z.boolean().optional(),
        elderAgrees: z.boolean().optional(),
      })
      .refine((v) => Object.keys(v).some((k) => k !== 'elderId' && k !== 'version'), '请至少修改一项'),
    withConsent(async ({ elderId, version: v, ...patch }, ctx) => updateElder(ctx, elderId, v, patch)),
  ),
  addGuardian: signedInAction(
    z.object({ elderId: id, openid: id, relation: relation.default('亲属') }),
    async (input, ctx) => addGuardian(ctx, input.elderId, input.openid, input.relation),
  ),
  removeGuardian: signedInAction(z.object({ elderId: id, openid: id }), async (input, ctx) =>
    removeGuardian(ctx, input.elderId, input.openid),
  ),
  /** A one-time code (and QR) a guardian shows, so a relative joins without typing a user id. */
  createLinkCode: signedInAction(z.object({ elderId: id, relation: relation.exclude(['本人']) }), async (input, ctx) =>
    createLinkCode(ctx, input.elderId, input.relation),
  ),
  redeemLinkCode: signedInAction(
    z.object({
      code: z
        .string({ error: '请输入链接码' })
        .transform((s) => s.replace(/\s/g, '').replace(/^dqej-family:/, ''))
        .pipe(z.string().regex(/^\d{6}$/, '链接码是 6 位数字')),
    }),
    async (input, ctx) => redeemLinkCode(ctx, input.code),
  ),
  listGuardians: signedInAction(z.object({ elderId: id }), async (input, ctx) => listGuardians(ctx, input.elderId)),
  gridElders: roleAction(['grid_staff'], z.object({}), async (_input, ctx) => gridElders(ctx)),
  adminElders: roleAction(
    ADMINS,
    z.object({ verification: z.enum(['pending', 'verified', 'rejected']).optional() }),
    async (input, ctx) => adminElders(ctx, input.verification),
  ),
  verifyElder: roleAction(
    ADMINS,
    z.object({ elderId: id, version: z.number().int().min(1), difficulty: difficulty.optional() }),
    async (input, ctx) => verifyElder(ctx, input.elderId, input.version, input.difficulty),
  ),
  rejectElder: roleAction(
    ADMINS,
    z.object({ elderId: id, version: z.number().int().min(1), reason }),
    async (input, ctx) => rejectElder(ctx, input.elderId, input.version, input.reason),
  ),

  // Services and windows
  // Public: the services on offer are what a shared 为老服务 link shows to anyone (no elder, no personal data).
  listServices: publicAction(z.object({}), async (_input, ctx) => listServices(ctx)),
  servicesForElder: signedInAction(z.object({ elderId: id }), async (input, ctx) =>
    servicesForElder(ctx, input.elderId),
  ),
  listWindows: signedInAction(z.object({ serviceId: id, elderId: id.optional() }), async (input, ctx) =>
    listWindows(ctx, input.serviceId, input.elderId),
  ),
  saveService: roleAction(
    ['district_admin'],
    serviceInput.extend({ serviceId: id.optional(), version }),
    async ({ serviceId, version: v, ...input }, ctx) => saveService(ctx, serviceId, v, input),
  ),
  partnerServices: roleAction(PARTNER_OR_DISTRICT, z.object({}), async (_input, ctx) => partnerServices(ctx)),
  setServiceStatus: roleAction(
    PARTNER_OR_DISTRICT,
    z.object({ serviceId: id, status: z.enum(['active', 'paused'], { error: '请选择开放或暂停' }) }),
    async (input, ctx) => setServiceStatus(ctx, input.serviceId, input.status),
  ),
  partnerWindows: roleAction(
    PARTNER_OR_DISTRICT,
    z.object({ serviceId: id, from: date, to: date }).refine((v) => v.from <= v.to, '结束日期不能早于开始日期'),
    async (input, ctx) => partnerWindows(ctx, input.serviceId, input.from, input.to),
  ),
  setWindows: roleAction(
    PARTNER_OR_DISTRICT,
    z.object({
      serviceId: id,
      windows: z
        .array(
          z.object({
            date,
            period,
            capacity: z.number().int().min(1, '名额至少 1 个').max(50, '每个时段最多 50 个名额'),
          }),
        )
        .min(1, '请至少设置一个时段')
        .max(62, '一次最多设置 62 个时段'),
    }),
    async (input, ctx) => setWindows(ctx, input.serviceId, input.windows),
  ),
  setWindowOpen: roleAction(PARTNER_OR_DISTRICT, z.object({ windowId: id, open: z.boolean() }), async (input, ctx) =>
    setWindowOpen(ctx, input.windowId, input.open),
  ),

  // Bookings: the booker's side (guardians, and grid staff for 代预约)
  book: signedInAction(
    z.object({
      clientRequestId: z.string().regex(REQUEST_ID_PATTERN, '请求编号须为 8 到 64 位字母、数字、下划线或连字符'),
      elderId: id,
      serviceId: id,
      windowId: id,
      notes: z.string().trim().max(200, '备注最多 200 个字').default(''),
    }),
    withConsent(async (input, ctx) => book(ctx, input)),
  ),
  myBookings: signedInAction(z.object({ activeOnly: z.boolean().default(false) }), async (input, ctx) =>
    myBookings(ctx, input.activeOnly),
  ),
  gridBookings: roleAction(['grid_staff'], z.object({}), async (_input, ctx) => gridBookings(ctx)),
  getBooking: signedInAction(z.object({ bookingId: id }), async (input, ctx) => getBooking(ctx, input.bookingId)),
  cancel: signedInAction(
    bookingRef.extend({ reason: z.string().trim().max(200, '原因最多 200 个字').default('') }),
    async (input, ctx) =>
      step(ctx, input.bookingId, 'cancel', { version: input.version, reason: input.reason || null }),
  ),
  acceptReschedule: signedInAction(bookingRef, async (input, ctx) =>
    step(ctx, input.bookingId, 'accept', { version: input.version }),
  ),
  refuseReschedule: signedInAction(
    bookingRef.extend({ reason: z.string().trim().max(200, '原因最多 200 个字').default('') }),
    async (input, ctx) =>
      step(ctx, input.bookingId, 'refuse', { version: input.version, reason: input.reason || null }),
  ),
  rate: signedInAction(
    z.object({
      bookingId: id,
      stars: z.number().int().min(1, '请选择 1 到 5 星').max(5, '请选择 1 到 5 星'),
      comment: z.string().trim().max(200, '评价最多 200 个字').default(''),
    }),
    async (input, ctx) => {
      await assertTextsAllowed(ctx, ctx.principal.openid, 'comment', { 评价: input.comment });
      const booking = await rate(ctx, input.bookingId, input.stars, input.comment);
      return bookingForBooker(booking, booking.cancelCutoffHours);
    },
  ),
  calendar: signedInAction(z.object({ bookingId: id }), async (input, ctx) => calendarFile(ctx, input.bookingId)),

  // Partner workbench
  partnerBookings: roleAction(
    ['partner_staff'],
    z.object({
      view: z.enum(['pending', 'upcoming', 'today', 'history'], { error: '请选择列表：待确认、即将上门、今天或历史' }),
      partnerId: id.optional(),
    }),
    async (input, ctx) => partnerBookings(ctx, input.view, input.partnerId),
  ),
  confirm: roleAction(['partner_staff'], bookingRef, async (input, ctx) =>
    step(ctx, input.bookingId, 'confirm', { version: input.version }),
  ),
  decline: roleAction(['partner_staff'], withReason, async (input, ctx) =>
    step(ctx, input.bookingId, 'decline', input),
  ),
  proposeWindow: roleAction(['partner_staff'], withReason.extend({ windowId: id }), async (input, ctx) =>
    step(ctx, input.bookingId, 'propose', input),
  ),
  partnerCancel: roleAction(['partner_staff'], withReason, async (input, ctx) =>
    step(ctx, input.bookingId, 'partner_cancel', input),
  ),
  complete: roleAction(
    ['partner_staff'],
    bookingRef.extend({ note: z.string().trim().max(200, '备注最多 200 个字').default('') }),
    async (input, ctx) =>
      step(ctx, input.bookingId, 'complete', { version: input.version, reason: input.note || null }),
  ),
  markNoShow: roleAction(
    ['partner_staff'],
    bookingRef.extend({ note: z.string().trim().max(200, '备注最多 200 个字').default('') }),
    async (input, ctx) => step(ctx, input.bookingId, 'no_show', { version: input.version, reason: input.note || null }),
  ),

  // 红色合伙人 applications
  applyPartner: signedInAction(
    z.object({
      name: z.string().trim().min(2, '请填写单位名称').max(40, '单位名称最多 40 个字'),
      kind: z.enum(['物业公司', '业主委员会', '社会组织', '企业', '个体商户', '党组织', '其他'], {
        error: '请选择单位类型',
      }),
      description: z.string().trim().min(5, '请简要说明能提供的服务（至少 5 个字）').max(300, '说明最多 300 个字'),
      contactName: z.string().trim().min(1, '请填写联系人').max(20, '联系人最多 20 个字'),
      contactPhone: phone,
    }),
    withConsent(async (input, ctx) => {
      await assertTextsAllowed(ctx, ctx.principal.openid, 'profile', {
        单位名称: input.name,
        服务说明: input.description,
      });
      return applyPartner(ctx, input);
    }),
  ),
  myApplications: signedInAction(z.object({}), async (_input, ctx) => myApplications(ctx)),
  listApplications: roleAction(
    ['district_admin'],
    z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
    async (input, ctx) => listApplications(ctx, input.status),
  ),
  decideApplication: roleAction(
    ['district_admin'],
    z
      .object({
        applicationId: id,
        decision: z.enum(['approve', 'reject'], { error: '请选择批准或不批准' }),
        reason: z.string().trim().max(200, '原因最多 200 个字').default(''),
      })
      .refine((v) => v.decision === 'approve' || v.reason.length >= 2, {
        message: '不批准时请填写原因',
        path: ['reason'],
      }),
    async (input, ctx) => decideApplication(ctx, input.applicationId, input.decision === 'approve', input.reason),
  ),

  // Reports
  overview: roleAction(
    REPORTERS,
    z.object({ fromMonth: month, toMonth: month }).refine((v) => v.fromMonth <= v.toMonth, '结束月份不能早于开始月份'),
    async (input, ctx) => overview(ctx, input.fromMonth, input.toMonth),
  ),
  exportCsv: roleAction(
    REPORTERS,
    z.object({ fromDate: date, toDate: date }).refine((v) => v.fromDate <= v.toDate, '结束日期不能早于开始日期'),
    async (input, ctx) => exportCsv(ctx, input.fromDate, input.toDate),
  ),
};
