import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import RosterPage from '../../../src/packages/culture/roster/index';
import { action, failing, installFetch, type SeenRequest } from '../fake-fetch';
import { taroDouble } from '../taro-double';

const counts = { enrolled: 2, waitlisted: 1, offered: 0, cancelled: 0, attended: 0, no_show: 0 };
const row = (n: number, name: string, state = 'enrolled') => ({
  enrolmentId: `ses-1:p${n}`,
  name,
  phone: `1380000000${n}`,
  state,
  stateLabel: state === 'attended' ? '已签到' : state === 'waitlisted' ? '候补中' : '已报名',
  ticketNo: n,
  waitNo: state === 'waitlisted' ? 1 : null,
  position: state === 'waitlisted' ? 1 : null,
  enrolledAt: '2026-11-21T00:00:00.000Z',
  offerExpiresAt: null,
  attendedAt: state === 'attended' ? '2026-12-05T01:20:00.000Z' : null,
  cancelReasonLabel: null,
  createdAt: '2026-11-21T00:00:00.000Z',
});

const roster = () => ({
  session: {
    id: 'ses-1',
    title: '邻里书法交流',
    when: '12月5日（周六）09:30-11:00',
    venue: '书画室',
    status: 'scheduled',
    cancelReason: null,
    signup: 'open',
    capacity: 2,
    enrolledCount: 2,
    startsAt: '2099-12-05T01:30:00.000Z',
    endsAt: '2099-12-05T03:00:00.000Z',
    counts,
  },
  seats: [row(1, '王建华'), row(2, '张丽')],
  offered: [],
  waitlist: [row(3, '李秀英', 'waitlisted')],
  cancelled: [],
});

const bodies = (seen: SeenRequest[], name: string) =>
  seen.filter((r) => (r.body as { action?: string })?.action === name).map((r) => r.body);

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'ses-1' };
});

describe('the organiser list', () => {
  it('checks in by the typed code (spaces allowed) and clears the box', async () => {
    const { seen } = installFetch(
      action('culture', 'roster', roster),
      action('culture', 'checkIn', () => ({
        enrolment: row(1, '王建华', 'attended'),
        counts: { ...counts, enrolled: 1, attended: 1 },
      })),
    );
    render(<RosterPage />);
    fireEvent.input(await screen.findByLabelText('签到码'), { target: { value: '000 117' } });
    fireEvent.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() =>
      expect(screen.getByTestId('roster-outcome').textContent).toBe('王建华签到成功（报名序号 1）。'),
    );
    expect(bodies(seen, 'checkIn')).toEqual([{ action: 'checkIn', sessionId: 'ses-1', code: '000117' }]);
  });

  it('checks a person in by ticking the list', async () => {
    const { seen } = installFetch(
      action('culture', 'roster', roster),
      action('culture', 'checkIn', () => ({ enrolment: row(2, '张丽', 'attended'), counts })),
    );
    render(<RosterPage />);
    fireEvent.click(await screen.findByRole('button', { name: '为张丽签到' }));
    await waitFor(() => expect(bodies(seen, 'checkIn')).toEqual([{ action: 'checkIn', enrolmentId: 'ses-1:p2' }]));
  });

  it('refuses a short code without asking the server, and shows a server refusal in words', async () => {
    const { seen } = installFetch(
      action('culture', 'roster', roster),
      failing('culture', 'checkIn', 'NOT_FOUND', '签到码不正确，请核对后重新输入', 404),
    );
    render(<RosterPage />);
    fireEvent.input(await screen.findByLabelText('签到码'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: '签到' }));
    expect((await screen.findByRole('alert')).textContent).toContain('6 位数字');
    expect(bodies(seen, 'checkIn')).toEqual([]);

    fireEvent.input(await screen.findByLabelText('签到码'), { target: { value: '999999' } });
    fireEvent.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('签到码不正确'));
  });

  it('shows the waiting list in order and hides the scan button outside WeChat', async () => {
    installFetch(action('culture', 'roster', roster));
    render(<RosterPage />);
    expect((await screen.findByTestId('roster-waitlist')).textContent).toContain('第 1 位 · 李秀英');
    expect(screen.queryByRole('button', { name: '扫码签到' })).toBeNull();
  });

  it('asks for a reason before cancelling the session', async () => {
    const { seen } = installFetch(
      action('culture', 'roster', roster),
      action('culture', 'cancelSession', () => ({ session: roster().session, notified: 3 })),
    );
    render(<RosterPage />);
    fireEvent.click(await screen.findByRole('button', { name: '取消这场活动' }));
    fireEvent.click(screen.getByRole('button', { name: '确定取消活动' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请先写明取消原因');
    expect(bodies(seen, 'cancelSession')).toEqual([]);

    fireEvent.input(await screen.findByLabelText('取消原因'), { target: { value: '天气原因' } });
    fireEvent.click(screen.getByRole('button', { name: '取消这场活动' }));
    fireEvent.click(screen.getByRole('button', { name: '确定取消活动' }));
    await waitFor(() =>
      expect(screen.getByTestId('roster-outcome').textContent).toBe('活动已取消，已通知 3 位报名和候补的居民。'),
    );
    expect(bodies(seen, 'cancelSession')).toEqual([
      { action: 'cancelSession', sessionId: 'ses-1', reason: '天气原因' },
    ]);
  });
});
