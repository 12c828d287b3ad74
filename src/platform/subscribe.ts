import Taro from '@tarojs/taro';
import type { TemplateKey } from '../../server/platform/subscribe-templates';
import { isWeapp } from './env';

/**
 * The template keys are the sender's (server/platform/subscribe-templates.ts
 * reads their ids from SUBSCRIBE_TPL_<KEY>); the app gets the same ids at
 * build time in TARO_APP_SUBSCRIBE_TEMPLATES (docs/deploy.md). A type import:
 * no server code ships to the phone.
 */
export type { TemplateKey };

/** WeChat shows at most three templates in one consent dialog. */
export const MAX_TEMPLATES = 3;

export interface SubscribeResult {
  /** False when no dialog could be shown: H5, no template ids configured, or the call failed. */
  asked: boolean;
  /** Template ids the user accepted. */
  accepted: string[];
}

/**
 * The taps that create a need to hear back, and what the person then wants
 * to hear about (at most three each: one dialog).
 */
export const SUBSCRIBE_MOMENTS = {
  /** Filing a report: accepted, progress, result. */
  issueReport: ['ISSUE_ACCEPTED', 'ISSUE_PROGRESS', 'ISSUE_RESULT'],
  /** Signing up for a session or joining its waiting list: a freed place, the day before, a change. */
  cultureSignup: ['CULTURE_OFFER', 'CULTURE_REMINDER', 'CULTURE_CHANGE'],
  /** Booking a service for an elder: the partner's answer, the visit tomorrow. */
  eldercareBooking: ['BOOKING_UPDATE', 'VISIT_REMINDER'],
  /** Staff and partners at work: new work, and work about to be late. */
  staffWork: ['STAFF_ASSIGNMENT', 'STAFF_DEADLINE'],
  /** An enterprise contact on 惠企政策: new policies that fit the enterprise. */
  enterprisePolicy: ['POLICY_PUSH'],
  /** A resident saying they want a job: the enterprise's answer. */
  jobInterest: ['JOB_RESULT'],
} as const satisfies Record<string, readonly TemplateKey[]>;

export type SubscribeMoment = keyof typeof SUBSCRIBE_MOMENTS;

/**
 * Template ids by key from "KEY=id,KEY=id" (TARO_APP_SUBSCRIBE_TEMPLATES);
 * blanks and unknown keys are ignored. Empty: no consent dialog anywhere, and
 * the in-app 消息 inbox still gets every update.
 */
export function parseTemplateIds(raw: string | undefined): Partial<Record<TemplateKey, string>> {
  const ids: Partial<Record<TemplateKey, string>> = {};
  for (const pair of (raw ?? '').split(',')) {
    const [key, id] = pair.split('=').map((part) => part.trim());
    if (key && id && key in TEMPLATE_KEYS) ids[key as TemplateKey] = id;
  }
  return ids;
}

const TEMPLATE_KEYS: Record<TemplateKey, true> = {
  ISSUE_ACCEPTED: true,
  ISSUE_PROGRESS: true,
  ISSUE_RESULT: true,
  CULTURE_OFFER: true,
  CULTURE_REMINDER: true,
  CULTURE_CHANGE: true,
  BOOKING_UPDATE: true,
  VISIT_REMINDER: true,
  STAFF_ASSIGNMENT: true,
  STAFF_DEADLINE: true,
  POLICY_PUSH: true,
  JOB_RESULT: true,
};

/** The configured ids of a moment, at most three. */
export function templateIdsFor(moment: SubscribeMoment, configured: Partial<Record<TemplateKey, string>>): string[] {
  return SUBSCRIBE_MOMENTS[moment]
    .map((key: TemplateKey) => configured[key])
    .filter((id): id is string => Boolean(id))
    .slice(0, MAX_TEMPLATES);
}

/**
 * Asks for consent to WeChat subscription messages. WeChat shows the dialog
 * only while handling a tap, so call this first in a tap handler, before any
 * other await. Never throws: a refusal or an old client must not stop the
 * action the user tapped for. H5 has no such messages (the in-app inbox
 * covers it): a no-op there.
 */
export async function requestSubscription(templateIds: readonly string[]): Promise<SubscribeResult> {
  const ids = templateIds.filter(Boolean).slice(0, MAX_TEMPLATES);
  if (!isWeapp() || ids.length === 0) return { asked: false, accepted: [] };
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<
      string,
      unknown
    >;
    return { asked: true, accepted: ids.filter((id) => res?.[id] === 'accept') };
  } catch {
    return { asked: false, accepted: [] };
  }
}

/** Asks for the templates of one moment (the ids come from the build, config/index.ts). */
export function subscribeFor(
  moment: SubscribeMoment,
  raw: string | undefined = process.env.TARO_APP_SUBSCRIBE_TEMPLATES,
): Promise<SubscribeResult> {
  return requestSubscription(templateIdsFor(moment, parseTemplateIds(raw)));
}
