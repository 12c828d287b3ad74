import { call } from '../../api/client';
import { toApiError } from '../../api/errors';
import { needsLogin } from '../../auth/session';
import { useResource } from '../../hooks/use-resource';

/** One thing coming up for me, with the page it is about. */
export interface Upcoming {
  key: 'booking' | 'session' | 'issue';
  kind: string;
  title: string;
  detail: string;
  url: string;
}

export interface HomeData {
  upcoming: Upcoming[];
  unread: number;
  hotlines: Array<{ name: string; phone: string }>;
}

// Page paths spelled out: importing a subpackage's paths module would pull it into the main package.
const BOOKING = (id: string) => `/packages/eldercare/booking/index?id=${encodeURIComponent(id)}`;
const SESSION = (id: string) => `/packages/culture/session/index?id=${encodeURIComponent(id)}`;
const ISSUE = (id: string) => `/packages/issues/detail/index?id=${encodeURIComponent(id)}`;

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Promise.allSettled by hand: older WeChat clients' JS engines lack it, and Taro does not polyfill it. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function value<T>(result: Settled<T>): T | null {
  return result.ok ? result.value : null;
}

/**
 * 首页's own reads, from existing actions: my next visit, my next session, my
 * open report, unread messages, hotlines. One failing read leaves the others
 * shown; only when all fail is it an error (with 重试).
 */
export async function loadHome(): Promise<HomeData> {
  const [bookings, culture, issues, inbox, hotlines] = await Promise.all([
    settle(call('eldercare', 'myBookings', { activeOnly: true })),
    settle(call('culture', 'mine')),
    settle(call('issues', 'mine', {})),
    settle(call('account', 'inbox', { limit: 1 })),
    settle(call('account', 'hotlines', {})),
  ]);
  if (!bookings.ok && !culture.ok && !issues.ok && !inbox.ok && !hotlines.ok) throw toApiError(bookings.error);

  const upcoming: Upcoming[] = [];
  const booking = value(bookings)?.[0];
  if (booking)
    upcoming.push({
      key: 'booking',
      kind: '上门服务',
      title: `${booking.service.name}（${booking.elder.name}）`,
      detail: `${booking.window.label} · ${booking.statusLabel}`,
      url: BOOKING(booking.id),
    });
  const session = (value(culture)?.sessions ?? [])
    .filter((row) => row.upcoming && (row.mine.state === 'enrolled' || row.mine.state === 'offered'))
    .sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt))[0];
  if (session)
    upcoming.push({
      key: 'session',
      kind: '我报名的活动',
      title: session.session.title,
      detail: `${session.session.when} · ${session.mine.stateLabel}`,
      url: SESSION(session.session.id),
    });
  const issue = (value(issues)?.items ?? []).find((item) => item.group === 'open');
  if (issue)
    upcoming.push({
      key: 'issue',
      kind: '我反映的问题',
      title: issue.categoryName,
      detail: `${issue.addressText} · ${issue.stateLabel}`,
      url: ISSUE(issue.id),
    });

  return { upcoming, unread: value(inbox)?.unread ?? 0, hotlines: value(hotlines)?.hotlines ?? [] };
}

export function useHome() {
  return useResource(loadHome, { enabled: !needsLogin() });
}
