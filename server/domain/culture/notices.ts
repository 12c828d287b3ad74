import { sentences } from '../../core/text';
import { formatMoment, formatRange } from '../../core/time';
import type { NewMessage } from '../notify/outbox';
import type { CourseDoc, SessionDoc } from './model';

/**
 * The words residents read in 消息 and in WeChat subscription messages, and
 * the pages those messages open (the culture subpackage of the app).
 */
export const CULTURE_PAGES = {
  course: (id: string) => `/packages/culture/course/index?id=${encodeURIComponent(id)}`,
  session: (id: string) => `/packages/culture/session/index?id=${encodeURIComponent(id)}`,
  mine: '/packages/culture/mine/index',
};

/**
 * 12月5日（周六）09:30-11:00, in Beijing time (the app's one format,
 * server/core/time.ts). Remembered per session time: every enrolment reply
 * and notice shows it, sessions are few, and formatting is the costly part.
 */
const WHEN_LABELS = new Map<string, string>();

export function whenLabel(startsAt: string, endsAt: string): string {
  const key = `${startsAt}/${endsAt}`;
  let label = WHEN_LABELS.get(key);
  if (label === undefined) {
    if (WHEN_LABELS.size >= 1000) WHEN_LABELS.clear();
    label = formatRange(startsAt, endsAt);
    WHEN_LABELS.set(key, label);
  }
  return label;
}

/** 12月5日（周六）09:30, in Beijing time. */
export function momentLabel(iso: string): string {
  return formatMoment(iso);
}

type Message = Omit<NewMessage, 'recipient'>;

function about(session: SessionDoc): string {
  return `「${session.title}」${whenLabel(session.startsAt, session.endsAt)}，${session.venue}`;
}

export const notices = {
  enrolled(session: SessionDoc, code: string): Message {
    return {
      kind: 'culture_enrolled',
      title: '报名成功',
      body: `您已报名${about(session)}。签到码 ${code}，当天出示即可签到。`,
      page: CULTURE_PAGES.session(session._id),
    };
  },
  waitlisted(session: SessionDoc, position: number): Message {
    return {
      kind: 'culture_waitlisted',
      title: '已加入候补',
      body: `「${session.title}」名额已满，您是候补第 ${position} 位。有人退出时我们会通知您确认。`,
      page: CULTURE_PAGES.session(session._id),
    };
  },
  offered(session: SessionDoc, expiresAt: string): Message {
    return {
      kind: 'culture_offer',
      title: '候补名额待确认',
      body: `${about(session)}有空出的名额留给您，请在 ${momentLabel(expiresAt)} 前确认，逾期将顺延给下一位。`,
      page: CULTURE_PAGES.session(session._id),
    };
  },
  offerExpired(session: SessionDoc): Message {
    return {
      kind: 'culture_offer_expired',
      title: '候补名额已过期',
      body: `「${session.title}」的候补名额未在规定时间内确认，已顺延给下一位。如仍想参加，可重新报名。`,
      page: CULTURE_PAGES.session(session._id),
    };
  },
  reminder(session: SessionDoc, code: string | null): Message {
    return {
      kind: 'culture_reminder',
      title: '活动提醒',
      body: `别忘了${about(session)}。${code ? `签到码 ${code}。` : ''}`,
      page: CULTURE_PAGES.session(session._id),
    };
  },
  changed(session: SessionDoc, what: string[]): Message {
    return {
      kind: 'culture_session_changed',
      title: '活动信息有变更',
      body: `组织方调整了「${session.title}」的${what.join('、')}：现为${whenLabel(session.startsAt, session.endsAt)}，${session.venue}。`,
      page: CULTURE_PAGES.session(session._id),
    };
  },
  cancelled(session: SessionDoc, reason: string): Message {
    return {
      kind: 'culture_session_cancelled',
      title: '活动已取消',
      body: sentences(`很抱歉，组织方取消了${about(session)}`, `原因：${reason}`),
      page: CULTURE_PAGES.session(session._id),
    };
  },
  courseCompleted(course: CourseDoc): Message {
    return {
      kind: 'culture_course_completed',
      title: '课程已结业',
      body: `恭喜！您已学完「${course.title}」的全部 ${course.lessonIds.length} 课。`,
      page: CULTURE_PAGES.course(course._id),
    };
  },
};
