/**
 * Which outbox kinds become WeChat subscription messages, and how. Template ids
 * belong to the mini-program's account (公众平台 → 订阅消息) and come from the
 * environment of the notify-sender function, so none is committed here. A kind
 * whose variable is unset is simply not pushed (the in-app 消息 list still has it).
 *
 * The data keys (thing1, time2, ...) are those of the template picked in the
 * console; deployers choose templates with these fields (docs/deploy.md).
 */
export interface TemplateMessage {
  title: string;
  body: string;
  page: string | null;
  createdAt: string;
}

export interface TemplateMapping {
  /** Environment variable holding the template id. */
  env: string;
  /** Page opened from the message; falls back to the outbox entry's page, then the inbox. */
  page?: string;
  /** Template fields from an outbox entry. WeChat caps `thing` values at 20 characters. */
  data: (m: TemplateMessage) => Record<string, string>;
}

/** WeChat refuses a `thing` value longer than 20 characters; cut, never fail. */
export function thing(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= 20 ? chars.join('') : `${chars.slice(0, 19).join('')}…`;
}

/** `time` values as WeChat shows them: 2026年11月26日 10:00 in Shanghai time. */
export function shanghaiTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** One template (预约状态通知: thing1 事项, thing2 说明, time3 时间) serves every booking update. */
const bookingUpdate = (m: TemplateMessage) => ({ thing1: thing(m.title), thing2: thing(m.body), time3: shanghaiTime(m.createdAt) });

export const SUBSCRIBE_TEMPLATES: Record<string, TemplateMapping> = {
  eldercare_confirm: { env: 'SUBSCRIBE_TPL_BOOKING_UPDATE', data: bookingUpdate },
  eldercare_propose: { env: 'SUBSCRIBE_TPL_BOOKING_UPDATE', data: bookingUpdate },
  eldercare_decline: { env: 'SUBSCRIBE_TPL_BOOKING_UPDATE', data: bookingUpdate },
  eldercare_partner_cancel: { env: 'SUBSCRIBE_TPL_BOOKING_UPDATE', data: bookingUpdate },
  eldercare_remind: { env: 'SUBSCRIBE_TPL_VISIT_REMINDER', data: bookingUpdate },
};

/** Kinds with a template id set in `env`, with that id. */
export function activeTemplates(env: Record<string, string | undefined>, table = SUBSCRIBE_TEMPLATES): Map<string, TemplateMapping & { templateId: string }> {
  const active = new Map<string, TemplateMapping & { templateId: string }>();
  for (const [kind, mapping] of Object.entries(table)) {
    const templateId = env[mapping.env]?.trim();
    if (templateId) active.set(kind, { ...mapping, templateId });
  }
  return active;
}
