import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { clearToken, saveToken } from '../../../src/auth/session';
import SessionPageView from '../../../src/packages/culture/session/index';
import { action, failing, installFetch, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { subscribeFor } from '../../../src/platform/subscribe';

// The consent dialog is WeChat's; here we check the page asks at the right taps.
jest.mock('../../../src/platform/subscribe', () => ({
  ...jest.requireActual('../../../src/platform/subscribe'),
  subscribeFor: jest.fn(async () => ({ asked: false, accepted: [] })),
}));
const asked = subscribeFor as jest.Mock;

const card = (over: Record<string, unknown> = {}) => ({
  id: 'ses-1',
  type: 'session',
  kind: 'event',
  title: '我们的节日·邻里包饺子',
  category: 'festival',
  categoryName: '节日活动',
  series: '我们的节日',
  courseId: null,
  description: '一起包饺子。',
  venue: '瑞安路社区综合文化服务中心 多功能厅',
  organiser: '湖岛街道',
  communityId: null,
  startsAt: '2026-12-05T01:30:00.000Z',
  endsAt: '2026-12-05T03:30:00.000Z',
  when: '12月5日（周六）09:30-11:30',
  signupOpensAt: '2026-11-20T00:00:00.000Z',
  signupClosesAt: '2026-12-05T01:30:00.000Z',
  cancelDeadline: '2026-12-04T01:30:00.000Z',
  capacity: 12,
  enrolledCount: 12,
  placesLeft: 0,
  waitingCount: 1,
  full: true,
  signup: 'open',
  signupLabel: '报名中',
  status: 'scheduled',
  cancelReason: null,
  offerHours: 24,
  version: 1,
  ...over,
});

const mine = (over: Record<string, unknown>) => ({
  id: 'ses-1:me',
  state: 'enrolled',
  stateLabel: '已报名',
  ticketNo: 3,
  checkinCode: '000317',
  checkinQr: 'culture-checkin:ses-1:000317',
  position: null,
  offerExpiresAt: null,
  cancelReason: null,
  cancelReasonLabel: null,
  canCancel: true,
  canLeaveWaitlist: false,
  canAnswerOffer: false,
  enrolledAt: '2026-11-21T00:00:00.000Z',
  attendedAt: null,
  ...over,
});

const actions = (seen: SeenRequest[]) =>
  seen.map((r) => (r.body as { action?: string } | undefined)?.action).filter(Boolean);

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'ses-1' };
  asked.mockClear();
});

describe('the session page', () => {
  it('offers the waiting list when the event is full, and says the place in the queue', async () => {
    const { seen } = installFetch(
      action('culture', 'session', () => ({ session: card(), mine: null })),
      action('culture', 'enrolSession', () => ({
        session: card({ waitingCount: 2 }),
        mine: mine({
          state: 'waitlisted',
          stateLabel: '候补中',
          position: 2,
          checkinCode: null,
          canLeaveWaitlist: true,
          canCancel: false,
        }),
      })),
    );
    render(<SessionPageView />);
    expect((await screen.findByTestId('places')).textContent).toContain('名额已满，1 人在候补');
    fireEvent.click(screen.getByRole('button', { name: '加入候补' }));
    await waitFor(() => expect(screen.getByTestId('my-state').textContent).toContain('候补名单第 2 位'));
    expect(screen.getByRole('status').textContent).toContain('候补第 2 位');
    expect(actions(seen)).toEqual(['session', 'enrolSession']);
    // Joining the waiting list asks to hear of a freed place, the reminder and changes.
    expect(asked.mock.calls).toEqual([['cultureSignup']]);
  });

  it('shows the offer deadline in Shanghai time and accepts it', async () => {
    const { seen } = installFetch(
      action('culture', 'session', () => ({
        session: card(),
        mine: mine({
          state: 'offered',
          stateLabel: '候补待确认',
          checkinCode: null,
          offerExpiresAt: '2026-12-03T12:00:00.000Z',
          canAnswerOffer: true,
          canCancel: false,
        }),
      })),
      action('culture', 'acceptOffer', () => ({ session: card(), mine: mine({}) })),
    );
    render(<SessionPageView />);
    expect((await screen.findByTestId('my-state')).textContent).toContain('为您保留到 12月3日（周四）20:00');
    fireEvent.click(screen.getByRole('button', { name: '确认参加' }));
    await waitFor(() => expect(screen.getByTestId('checkin-code').textContent).toContain('000 317'));
    // The same code as a QR the staff can scan on the roster.
    expect((await screen.findByRole('img', { name: '签到二维码' })).getAttribute('src')).toMatch(
      /^data:image\/gif;base64,/,
    );
    expect(actions(seen)).toContain('acceptOffer');
  });

  it('asks on the page before cancelling, and does nothing when the resident keeps the place', async () => {
    const { seen } = installFetch(
      action('culture', 'session', () => ({ session: card(), mine: mine({}) })),
      action('culture', 'cancelEnrolment', () => ({
        session: card(),
        mine: mine({
          state: 'cancelled',
          stateLabel: '已取消',
          checkinCode: null,
          canCancel: false,
          cancelReasonLabel: '本人取消',
        }),
      })),
    );
    render(<SessionPageView />);
    expect((await screen.findByTestId('my-state')).textContent).toContain('您已报名');
    expect(screen.getAllByText(/12月4日（周五）09:30 前取消/).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
    fireEvent.click(screen.getByRole('button', { name: '不取消' }));
    expect(actions(seen)).not.toContain('cancelEnrolment');

    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
    fireEvent.click(screen.getByRole('button', { name: '确定取消报名' }));
    await waitFor(() => expect(screen.getByTestId('my-state').textContent).toContain('您已取消（本人取消）'));
    // Cancelling creates no need to hear back: no consent dialog.
    expect(asked).not.toHaveBeenCalled();
  });

  it('after the cut-off says whom to contact instead of offering to cancel', async () => {
    installFetch(action('culture', 'session', () => ({ session: card(), mine: mine({ canCancel: false }) })));
    render(<SessionPageView />);
    expect(await screen.findByText(/已过取消截止时间/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '取消报名' })).toBeNull();
  });

  it('shows a refusal in words and reloads the real state (the offer lapsed meanwhile)', async () => {
    let lapsed = false;
    installFetch(
      action('culture', 'session', () =>
        lapsed
          ? {
              session: card(),
              mine: mine({
                state: 'cancelled',
                stateLabel: '已取消',
                checkinCode: null,
                canCancel: false,
                cancelReasonLabel: '候补名额过期',
              }),
            }
          : {
              session: card(),
              mine: mine({
                state: 'offered',
                checkinCode: null,
                offerExpiresAt: '2026-12-03T12:00:00.000Z',
                canAnswerOffer: true,
                canCancel: false,
              }),
            },
      ),
      (req) => {
        if ((req.body as { action?: string })?.action !== 'acceptOffer') return undefined;
        lapsed = true;
        return undefined;
      },
      failing(
        'culture',
        'acceptOffer',
        'FAILED_PRECONDITION',
        '候补名额已过确认时间，已顺延给下一位；如仍想参加，可重新报名',
      ),
    );
    render(<SessionPageView />);
    fireEvent.click(await screen.findByRole('button', { name: '确认参加' }));
    expect((await screen.findByRole('alert')).textContent).toContain('已顺延给下一位');
    await waitFor(() => expect(screen.getByTestId('my-state').textContent).toContain('候补名额过期'));
  });

  it('shows a load failure with a retry', async () => {
    installFetch(failing('culture', 'session', 'NOT_FOUND', '没有找到这个活动', 404));
    render(<SessionPageView />);
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这个活动');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('is shared with its title and time, and the link opens this event', async () => {
    installFetch(action('culture', 'session', () => ({ session: card(), mine: null })));
    render(<SessionPageView />);
    await screen.findByTestId('places');
    expect(taroDouble.fire('onShareAppMessage')).toEqual({
      title: '我们的节日·邻里包饺子（12月5日（周六）09:30）',
      path: '/packages/culture/session/index?id=ses-1',
      imageUrl: '/assets/share/culture.png',
    });
    expect(taroDouble.fire('onShareTimeline')).toEqual({
      title: '我们的节日·邻里包饺子（12月5日（周六）09:30）',
      query: 'id=ses-1',
      imageUrl: '/assets/share/culture.png',
    });
  });

  it('shows a signed-out visitor the event, with a login that comes back here to sign up', async () => {
    clearToken();
    const { seen } = installFetch(action('culture', 'session', () => ({ session: card(), mine: null })));
    render(<SessionPageView />);
    expect((await screen.findByTestId('places')).textContent).toContain('名额已满');
    expect(screen.queryByRole('button', { name: '加入候补' })).toBeNull();
    expect(screen.queryByRole('button', { name: '我的课程和报名' })).toBeNull();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '登录后报名' }));
    expect(Taro.reLaunch).toHaveBeenCalledWith({
      url: `/pages/login/index?back=${encodeURIComponent('/packages/culture/session/index?id=ses-1')}`,
    });
    expect(actions(seen)).toEqual(['session']);
  });
});
