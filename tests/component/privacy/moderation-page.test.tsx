import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import ModerationPage from '../../../src/packages/workbench/moderation/index';
import { installFetch, type Route } from '../fake-fetch';

const HELD = {
  id: 'mod_0123456789abcdef01234567',
  kind: 'image',
  path: '/uploads/22222222-2222-4222-8222-222222222222.jpg',
  issueId: 'iss_1',
  ticketNo: '20261126-0001',
  state: 'held',
  stateLabel: '待人工处理',
  reason: '图片大小异常',
  checker: 'local-rules',
  history: [
    {
      at: '2026-11-26T02:00:00.000Z',
      by: 'demo-resident',
      byName: '王建华',
      action: 'submitted',
      note: '自动检查未通过',
    },
  ],
  createdAt: '2026-11-26T02:00:00.000Z',
  version: 1,
};

beforeEach(() => saveToken('tok-1'));

it('lists what was held and why, and releases it with the note, recording the decision', async () => {
  let open = [HELD];
  const seen: unknown[] = [];
  const route: Route = (req) => {
    const body = req.body as { action?: string };
    if (body.action === 'moderationQueue') return { json: { ok: true, data: { items: open } } };
    if (body.action === 'moderate') {
      seen.push(body);
      open = [];
      return { json: { ok: true, data: { ...HELD, state: 'released', version: 2 } } };
    }
    return undefined;
  };
  installFetch(route);
  render(<ModerationPage />);
  expect(await screen.findByText('原因：图片大小异常')).toBeTruthy();
  expect(screen.getByText(/王建华：自动检查未通过/)).toBeTruthy();
  fireEvent.input(await screen.findByLabelText('处理说明（可不填）'), { target: { value: '是楼道照片' } });
  fireEvent.click(screen.getByRole('button', { name: '放行（公开这张照片）' }));
  expect((await screen.findByRole('status')).textContent).toContain('已放行 20261126-0001 的照片');
  expect(seen).toEqual([{ action: 'moderate', id: HELD.id, version: 1, decision: 'release', note: '是楼道照片' }]);
  await waitFor(() => expect(screen.getByText('没有待处理的内容。')).toBeTruthy());
});

it('says when the queue is empty', async () => {
  installFetch((req) =>
    (req.body as { action?: string }).action === 'moderationQueue'
      ? { json: { ok: true, data: { items: [] } } }
      : undefined,
  );
  render(<ModerationPage />);
  expect(await screen.findByText('没有待处理的内容。')).toBeTruthy();
});
