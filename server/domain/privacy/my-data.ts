import type { SignedInContext } from '../../core/action';
import { inShanghai } from '../../core/time';
import type { DocumentStore } from '../../store/port';
import { ROLE_LABELS } from '../../core/roles';
import { USERS, type UserDoc } from '../account/users';
import type { EnrolmentDoc } from '../culture/model';
import { CULTURE_ENROLMENTS } from '../culture/model';
import {
  PARTNER_APPLICATIONS,
  ELDERCARE_BOOKINGS,
  ELDER_PROFILES,
  DIFFICULTY_LABELS,
  guardianshipsOf,
  type ApplicationDoc,
  type BookingDoc,
  type ElderDoc,
} from '../eldercare/model';
import { STATUS_LABELS } from '../eldercare/states';
import { ISSUE_SUPPORTS, ISSUES, type IssueDoc, type SupportDoc } from '../issues/model';
import { messagesTo, type OutboxMessage } from '../notify/outbox';
import { interestsOf, type InterestDoc } from '../enterprise/jobs';
import { INTEREST_STATE_LABELS } from '../enterprise/job-states';
import { consentState } from './consent';
import { CONTACTS, ENTERPRISES, type ContactDoc } from '../enterprise/model';

/**
 * 我的数据: everything the app holds about the caller and the elders they
 * guard, as records (the JSON file) and as plain Chinese sections (the page
 * and the readable file). Staff see their own data here, not the residents'
 * data their role lets them work on.
 */
const LIMIT = 1000;

export interface Section {
  title: string;
  items: Array<{ heading: string; lines: string[] }>;
}

export interface MyData {
  generatedAt: string;
  user: Omit<UserDoc, 'isStaff' | 'scopeIds'> | null;
  issues: IssueDoc[];
  supports: SupportDoc[];
  elders: Array<ElderDoc & { relation: string }>;
  bookings: BookingDoc[];
  applications: ApplicationDoc[];
  enrolments: EnrolmentDoc[];
  /** 企业直通车: the enterprises the caller speaks for, with the name and phone they gave. */
  enterpriseContacts: Array<ContactDoc & { enterpriseName: string }>;
  messages: OutboxMessage[];
  jobInterests: InterestDoc[];
}

export async function collectMyData(store: DocumentStore, openid: string, now: Date): Promise<MyData> {
  const [user, issues, supports, guardianRows, bookings, applications, enrolments, messages] = await Promise.all([
    store.get(USERS, openid),
    store.find(ISSUES, { reporter: openid }, { orderBy: [['submittedAt', 'desc']], limit: LIMIT }),
    store.find(ISSUE_SUPPORTS, { supporter: openid }, { orderBy: [['at', 'desc']], limit: LIMIT }),
    guardianshipsOf(store, openid, LIMIT),
    store.find(ELDERCARE_BOOKINGS, { bookedBy: openid }, { orderBy: [['createdAt', 'desc']], limit: LIMIT }),
    store.find(PARTNER_APPLICATIONS, { applicant: openid }, { orderBy: [['createdAt', 'desc']], limit: LIMIT }),
    store.find(CULTURE_ENROLMENTS, { openid }, { orderBy: [['updatedAt', 'desc']], limit: LIMIT }),
    messagesTo(store, openid, LIMIT),
  ]);
  const elders = (
    await Promise.all(
      guardianRows.map(async (row) => {
        const elder = await store.get(ELDER_PROFILES, row.elderId);
        return elder ? [{ ...elder, relation: row.relation }] : [];
      }),
    )
  ).flat();
  const contactRows = await store.find(CONTACTS, { openid }, { limit: LIMIT });
  const enterpriseContacts = await Promise.all(
    contactRows.map(async (c) => ({
      ...c,
      enterpriseName: (await store.get(ENTERPRISES, c.enterpriseId))?.name ?? c.enterpriseId,
    })),
  );
  const jobInterests = await interestsOf(store, openid);
  const userView = user ? (({ isStaff: _s, scopeIds: _k, ...rest }) => rest)(user) : null;
  return {
    generatedAt: now.toISOString(),
    user: userView,
    issues,
    supports,
    elders,
    bookings,
    applications,
    enrolments,
    enterpriseContacts,
    messages,
    jobInterests,
  };
}

const ENROLMENT_WORDS: Record<string, string> = {
  enrolled: '已报名',
  waitlisted: '候补中',
  offered: '候补递补待确认',
  cancelled: '已取消',
  attended: '已签到',
  no_show: '未到',
  completed: '已学完',
};

const time = (iso: string | null | undefined) => (iso ? inShanghai(iso).format('YYYY年M月D日 HH:mm') : '—');

/** The same data in plain Chinese: shown on the page and written to the readable file. */
export function sectionsOf(data: MyData): Section[] {
  const u = data.user;
  const consent = consentState(u);
  return [
    {
      title: '我的账号',
      items: u
        ? [
            {
              heading: u.name,
              lines: [
                `用户编号：${u._id}`,
                `电话：${u.phone ?? '未填写'}`,
                `身份：${['居民', ...u.bindings.map((b) => ROLE_LABELS[b.role])].join('、')}`,
                `同意隐私政策：${consent.agreedVersion ? `${consent.agreedVersion} 版，${time(consent.agreedAt)}` : '尚未同意'}`,
                `注册时间：${time(u.createdAt)}`,
              ],
            },
          ]
        : [],
    },
    {
      title: '我反映的问题',
      items: data.issues.map((i) => ({
        heading: `${i.ticketNo} ${i.categoryName}`,
        lines: [
          `描述：${i.description}`,
          `地址：${i.addressText}${i.address?.detail ? ` ${i.address.detail}` : ''}`,
          `留的电话：${i.phone ?? '未留'}`,
          `照片：${i.photos.length} 张`,
          `隐藏姓名：${i.hideName ? '是' : '否'}`,
          `提交时间：${time(i.submittedAt)}`,
          ...(i.callback ? [`我的评价：${i.callback.stars} 星 ${i.callback.comment}`] : []),
        ],
      })),
    },
    {
      title: '我点过“我也遇到”的问题',
      items: data.supports.map((s) => ({ heading: s.issueId, lines: [`时间：${time(s.at)}`] })),
    },
    {
      title: '我监护的老人',
      items: data.elders.map((e) => ({
        heading: `${e.name}（${e.relation}）`,
        lines: [
          `出生日期：${e.birthDate}`,
          `地址：${e.address.street}${e.address.number}号${e.address.detail}`,
          `电话：${e.phone ?? '未填写'}`,
          `困难身份：${e.sensitiveConsent ? DIFFICULTY_LABELS[e.difficultyClaimed] : '未提供（未同意敏感信息）'}`,
          `健康情况：${e.sensitiveConsent ? e.healthNotes || '无' : '未提供（未同意敏感信息）'}`,
          `监护人数：${e.guardians.length}`,
        ],
      })),
    },
    {
      title: '我的为老服务预约',
      items: data.bookings.map((b) => ({
        heading: `${b.serviceName}（${b.partnerName}）`,
        lines: [
          `老人：${b.elder.name}`,
          `日期：${b.date} ${b.period === 'am' ? '上午' : '下午'}`,
          `状态：${STATUS_LABELS[b.status]}`,
          `备注：${b.notes || '无'}`,
          ...(b.rating ? [`评价：${b.rating.stars} 星 ${b.rating.comment}`] : []),
        ],
      })),
    },
    {
      title: '我提交的红色合伙人申请',
      items: data.applications.map((a) => ({
        heading: a.name,
        lines: [
          `联系人：${a.contactName}`,
          `电话：${a.contactPhone}`,
          `说明：${a.description}`,
          `提交时间：${time(a.createdAt)}`,
        ],
      })),
    },
    {
      title: '我的课程和活动报名',
      items: data.enrolments.map((e) => ({
        heading: e.targetId,
        lines: [
          `报名称呼：${e.name}`,
          `电话：${e.phone ?? '未留'}`,
          `状态：${ENROLMENT_WORDS[e.state] ?? e.state}`,
          `时间：${time(e.createdAt)}`,
        ],
      })),
    },
    {
      title: '我代表的企业',
      items: data.enterpriseContacts.map((c) => ({
        heading: c.enterpriseName,
        lines: [
          `联系人：${c.name}`,
          `电话：${c.phone ?? '未留'}`,
          `加入方式：${c.joinedVia === 'registration' ? '登记企业' : '用邀请码加入'}`,
          `时间：${time(c.joinedAt)}`,
        ],
      })),
    },
    {
      title: '我报名的招聘岗位',
      items: data.jobInterests.map((i) => ({
        heading: i.jobId,
        lines: [
          `状态：${INTEREST_STATE_LABELS[i.state]}`,
          i.shareContact ? `提供给企业的称呼和电话：${i.name ?? ''} ${i.phone ?? ''}` : '未向企业提供联系方式',
          ...(i.note ? [`留言：${i.note}`] : []),
          `时间：${time(i.createdAt)}`,
        ],
      })),
    },
    {
      title: '发给我的消息',
      items: data.messages.map((m) => ({ heading: m.title, lines: [m.body, `时间：${time(m.createdAt)}`] })),
    },
  ];
}

export function readableFile(data: MyData): string {
  const lines = [`党群e家 · 我的数据`, `导出时间：${time(data.generatedAt)}`, ''];
  for (const section of sectionsOf(data)) {
    lines.push(`【${section.title}】（${section.items.length} 项）`);
    for (const item of section.items) lines.push(`  ${item.heading}`, ...item.lines.map((l) => `    ${l}`));
    lines.push('');
  }
  return lines.join('\n');
}

/** 我的数据 for the page, and both files to download. */
export async function myData(ctx: SignedInContext) {
  const data = await collectMyData(ctx.store, ctx.principal.openid, ctx.now);
  const stamp = inShanghai(ctx.now).format('YYYYMMDD');
  return {
    sections: sectionsOf(data),
    files: [
      { filename: `我的数据-${stamp}.txt`, mimeType: 'text/plain; charset=utf-8', content: readableFile(data) },
      {
        filename: `我的数据-${stamp}.json`,
        mimeType: 'application/json; charset=utf-8',
        content: JSON.stringify(data, null, 2),
      },
    ],
  };
}
