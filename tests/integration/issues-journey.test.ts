import { startRuntime, type RunningRuntime } from '../helpers/runtime';

/**
 * The two journeys of the issue, over the real HTTP runtime (the same calls
 * the H5 app makes). The browser version waits for the pages.
 */
let rt: RunningRuntime;
beforeEach(async () => {
  rt = await startRuntime();
});
afterEach(async () => {
  await rt.close();
});

async function call(token: string, action: string, body: Record<string, unknown> = {}) {
  const reply = await rt.client.call('issues', { action, ...body }, token);
  if (!reply.body.ok) throw new Error(`${action}: ${reply.status} ${JSON.stringify(reply.body.error)}`);
  return reply.body.data;
}

it('a resident reports flyers at 万安一路6号, the grid worker accepts, updates and resolves, and the resident rates it', async () => {
  const resident = await rt.client.loginOpenid('wx-journey-resident');
  const worker = await rt.client.login('grid_worker');

  const options = await call(resident, 'formOptions');
  expect(options.categories[0].name).toBe('小广告与环境卫生');
  const similar = await call(resident, 'similar', { category: 'flyers', street: '万安一路', number: 6 });
  // The seeded flyers at 万安一路6号 are already resolved, so nothing open to support there.
  expect(similar.items).toEqual([]);

  const filed = await call(resident, 'report', {
    requestId: 'journey-0000000001',
    category: 'flyers',
    description: '万安一路6号楼道又贴满了小广告',
    address: { street: '万安一路', number: 6, detail: '2单元' },
    phone: '13700000000',
    hideName: true,
  });
  expect(filed.gridName).toBe('万安一路南网格');

  const pending = await call(worker, 'queue', { queue: 'pending' });
  const item = pending.items.find((i: { id: string }) => i.id === filed.id);
  expect(item).toBeDefined();
  const staffView = await call(worker, 'get', { id: filed.id });
  expect(staffView.phone).toBe('13700000000');

  let version = item.version;
  ({ version } = await call(worker, 'accept', { id: filed.id, version, note: '' }));
  const { templates } = await call(worker, 'templates', { category: 'flyers' });
  ({ version } = await call(worker, 'update', { id: filed.id, version, note: templates[0] }));
  await call(worker, 'note', { id: filed.id, note: '物业电话 8888，周三上午清理' });
  ({ version } = await call(worker, 'resolve', { id: filed.id, version, note: templates[1] }));

  const mine = await call(resident, 'mine');
  expect(mine.items[0]).toEqual(expect.objectContaining({ id: filed.id, stateLabel: '已办结（待评价）' }));
  const detail = await call(resident, 'get', { id: filed.id });
  expect(detail.timeline.map((e: { type: string }) => e.type)).toEqual(['submitted', 'accepted', 'update', 'resolved']);
  expect(JSON.stringify(detail)).not.toContain('物业电话');
  expect(detail.canCallback).toBe(true);

  const rated = await call(resident, 'callback', {
    id: filed.id,
    satisfaction: 'satisfied',
    stars: 5,
    comment: '很及时',
  });
  expect(rated.state).toBe('closed');

  const inbox = await rt.client.call('account', { action: 'inbox' }, resident);
  const kinds = inbox.body.data.messages.map((m: { kind: string }) => m.kind);
  expect(kinds).toEqual(expect.arrayContaining(['issue_accepted', 'issue_progress', 'issue_resolved']));
});

it('a report nobody accepts escalates to the community when the deadline passes', async () => {
  let resident = await rt.client.loginOpenid('wx-journey-late');
  const filed = await call(resident, 'report', {
    requestId: 'journey-0000000002',
    category: 'safety',
    description: '万安一路20号消防通道被杂物堵住了',
    address: { street: '万安一路', number: 20 },
  });
  // Twelve days of the test clock, a day at a time: past the 1-working-day accept limit even across
  // the Spring Festival week, whatever day the test runs on (the runtime's clock starts at the real now).
  for (let i = 0; i < 12; i++) {
    await rt.client.post('/api/dev/clock', { advanceMinutes: 24 * 60 });
    await rt.client.post('/api/dev/jobs/run', {});
  }
  // Tokens expire with the moved clock: sign in again.
  resident = await rt.client.loginOpenid('wx-journey-late');
  const admin = await rt.client.login('community_admin');
  const overdue = await call(admin, 'queue', { queue: 'overdue', pageSize: 100 });
  const item = overdue.items.find((i: { id: string }) => i.id === filed.id);
  expect(item).toEqual(expect.objectContaining({ supervised: true, overdue: true }));
  expect(['community', 'district']).toContain(item.level);
  const detail = await call(resident, 'get', { id: filed.id });
  expect(
    detail.timeline.some(
      (e: { type: string; note: string }) => e.type === 'escalated' && e.note.includes('宜昌路社区督办'),
    ),
  ).toBe(true);
  const inbox = await rt.client.call('account', { action: 'inbox' }, admin);
  expect(inbox.body.data.messages.some((m: { kind: string }) => m.kind === 'issue_escalated')).toBe(true);
});

it('lets exactly one of ten simultaneous accepts over HTTP succeed; the rest get 409 CONFLICT', async () => {
  const resident = await rt.client.loginOpenid('wx-journey-burst');
  const worker = await rt.client.login('grid_worker');
  const admin = await rt.client.login('community_admin');
  const filed = await call(resident, 'report', {
    requestId: 'journey-0000000003',
    category: 'flyers',
    description: '万安一路8号楼道小广告很多',
    address: { street: '万安一路', number: 8 },
  });
  const replies = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      rt.client.call('issues', { action: 'accept', id: filed.id, version: 1, note: '' }, i % 2 ? worker : admin),
    ),
  );
  expect(replies.filter((r) => r.body.ok)).toHaveLength(1);
  const failed = replies.filter((r) => !r.body.ok);
  expect(failed.every((r) => r.status === 409 && r.body.error.code === 'CONFLICT')).toBe(true);
});
