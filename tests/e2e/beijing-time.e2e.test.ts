import type { Page } from 'playwright-core';
import { CULTURE_SESSIONS } from '../../server/domain/culture/model';
import { ISSUES } from '../../server/domain/issues/model';
import { OUTBOX } from '../../server/domain/notify/outbox';
import { formatMoment, formatRange } from '../../src/utils/format';
import { loginAs, openWorld, root, type BrowserWorld } from './browser';
import { hasText } from './wait';

/**
 * A phone set to UTC (or anywhere else) must still read Beijing time: a
 * message about something at 16:21 in Qingdao once read 08:21.
 */
let world: BrowserWorld;
let page: Page;
beforeAll(async () => {
  world = await openWorld();
  page = await world.newPage({ timezoneId: 'UTC' });
  await loginAs(page, '王建华');
});
afterAll(async () => {
  await world?.close();
});

const store = () => world.runtime.deps.store;

it('runs in a browser whose own zone is UTC', async () => {
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC');
  expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBe(0);
});

it('shows message times in Beijing time on 消息', async () => {
  const [latest] = await store().find(
    OUTBOX,
    { recipient: 'demo-resident' },
    { orderBy: [['createdAt', 'desc']], limit: 1 },
  );
  await page.goto('/pages/messages/index');
  const beijing = formatMoment(latest.createdAt);
  await hasText(root(page), beijing);
  // The same instant written in the browser's UTC hours is nowhere on the page.
  const utcClock = new Date(latest.createdAt).toISOString().slice(11, 16);
  expect(beijing.endsWith(utcClock)).toBe(false);
  expect(await root(page).textContent()).not.toContain(`）${utcClock}`);
  expect(await root(page).textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
});

it('shows when an issue was submitted in Beijing time on its page', async () => {
  const [issue] = await store().find(
    ISSUES,
    { reporter: 'demo-resident' },
    { orderBy: [['submittedAt', 'desc']], limit: 1 },
  );
  await page.goto(`/packages/issues/detail/index?id=${encodeURIComponent(issue._id)}`);
  await hasText(root(page), `${formatMoment(issue.submittedAt)} 提交`);
  expect(await root(page).textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
});

it('shows a session’s time and its cancellation deadline in Beijing time', async () => {
  const sessions = await store().find(
    CULTURE_SESSIONS,
    { status: 'scheduled', startsAt: { $gt: new Date().toISOString() } },
    { orderBy: [['startsAt', 'asc']], limit: 1 },
  );
  const session = sessions[0];
  await page.goto(`/packages/culture/session/index?id=${encodeURIComponent(session._id)}`);
  await hasText(root(page), formatRange(session.startsAt, session.endsAt));
  await hasText(root(page), formatMoment(session.cancelDeadline));
});
