import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import Home from '../../src/pages/index/index';
import { callPhone } from '../../src/platform/phone';
import { action, failing, installFetch } from './fake-fetch';
import Taro from './taro-double';

beforeEach(() => saveToken('t'));

const HOTLINES = [
  { name: '湖岛街道服务热线', phone: '0532-83710000' },
  { name: '宜昌路社区服务热线', phone: '0532-83710101' },
];

const booking = {
  id: 'bk1',
  service: { name: '上门理发' },
  elder: { name: '张德顺' },
  window: { label: '12月3日（周四）上午' },
  statusLabel: '待确认',
};
const sessionRow = (id: string, startsAt: string, state = 'enrolled', upcoming = true) => ({
  session: { id, title: `活动${id}`, startsAt, when: '12月5日（周六）09:00-10:30' },
  mine: { state, stateLabel: '已报名' },
  upcoming,
});

function everything(
  overrides: { bookings?: unknown[]; sessions?: unknown[]; issues?: unknown[]; unread?: number } = {},
) {
  return installFetch(
    action('eldercare', 'myBookings', () => overrides.bookings ?? [booking]),
    action('culture', 'mine', () => ({
      courses: [],
      sessions: overrides.sessions ?? [
        sessionRow('late', '2026-12-09T01:00:00Z'),
        sessionRow('soon', '2026-12-05T01:00:00Z'),
        sessionRow('gone', '2026-11-01T01:00:00Z', 'enrolled', false),
      ],
    })),
    action('issues', 'mine', () => ({
      items: overrides.issues ?? [
        {
          id: 'iss1',
          categoryName: '小广告与环境卫生',
          addressText: '万安一路6号',
          stateLabel: '办理中',
          group: 'open',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    })),
    action('account', 'inbox', () => ({ unread: overrides.unread ?? 2, messages: [] })),
    action('account', 'hotlines', () => ({ hotlines: HOTLINES })),
  );
}

describe('home', () => {
  it.each([
    ['我要反映', '/packages/issues/index'],
    ['文化课堂', '/packages/culture/catalogue/index'],
    ['为老服务', '/packages/eldercare/index'],
    ['我的课程', '/packages/culture/mine/index'],
    ['我的预约', '/packages/eldercare/bookings/index'],
  ])('the %s tile opens its page', async (name, url) => {
    everything();
    render(<Home />);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(name) }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url });
    await screen.findByTestId('coming-up');
  });

  it('shows what is coming up: my next visit, my soonest session and my open report, each opening its page', async () => {
    everything();
    render(<Home />);
    const visit = await screen.findByTestId('upcoming-booking');
    expect(visit.textContent).toContain('上门理发（张德顺）');
    expect(visit.textContent).toContain('12月3日（周四）上午');
    expect(screen.getByTestId('upcoming-session').textContent).toContain('活动soon');
    expect(screen.getByTestId('upcoming-issue').textContent).toContain('万安一路6号 · 办理中');
    fireEvent.click(screen.getByTestId('upcoming-session'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/culture/session/index?id=soon' });
    fireEvent.click(screen.getByTestId('upcoming-issue'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issues/detail/index?id=iss1' });
  });

  it('says plainly when nothing is coming up, and leaves out closed reports and past sessions', async () => {
    everything({
      bookings: [],
      sessions: [sessionRow('gone', '2026-11-01T01:00:00Z', 'enrolled', false)],
      issues: [{ id: 'x', group: 'closed' }],
      unread: 0,
    });
    render(<Home />);
    expect(await screen.findByText('近期没有预约、报名或正在办理的反映。')).toBeTruthy();
    expect(screen.queryByTestId('home-unread')).toBeNull();
  });

  it('keeps the rest of the page when one read fails', async () => {
    installFetch(
      failing('eldercare', 'myBookings', 'INTERNAL', '服务暂时不可用', 500),
      action('culture', 'mine', () => ({ courses: [], sessions: [] })),
      action('issues', 'mine', () => ({ items: [], total: 0, page: 1, pageSize: 20 })),
      action('account', 'inbox', () => ({ unread: 1, messages: [] })),
      action('account', 'hotlines', () => ({ hotlines: HOTLINES })),
    );
    render(<Home />);
    expect(await screen.findByTestId('home-unread')).toBeTruthy();
    expect(screen.getAllByTestId('hotline')).toHaveLength(2);
  });

  it('offers 重试 when nothing could be read', async () => {
    installFetch();
    render(<Home />);
    expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('points to unread messages on the 消息 tab', async () => {
    everything({ unread: 3 });
    render(<Home />);
    const unread = await screen.findByTestId('home-unread');
    expect(unread.textContent).toContain('3 条未读消息');
    fireEvent.click(unread);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/messages/index' });
  });

  it('calls the sub-district and community hotlines with one tap', async () => {
    everything();
    render(<Home />);
    fireEvent.click(await screen.findByRole('button', { name: '拨打宜昌路社区服务热线 0532-83710101' }));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '053283710101' });
  });

  it('leaves the number on screen when the call cannot be made', async () => {
    everything();
    Taro.makePhoneCall.mockImplementation(async () => {
      throw new Error('makePhoneCall:fail cancel');
    });
    render(<Home />);
    fireEvent.click(await screen.findByRole('button', { name: '拨打湖岛街道服务热线 0532-83710000' }));
    await waitFor(() => expect(screen.getByText('没能自动拨出，请手动拨打 0532-83710000。')).toBeTruthy());
  });
});

describe('callPhone (src/platform/phone.ts)', () => {
  it('dials the digits without spaces or dashes', async () => {
    expect(await callPhone('0532-8371 0000')).toBe(true);
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '053283710000' });
  });

  it('refuses something that is not a number without asking WeChat', async () => {
    expect(await callPhone('请联系社区')).toBe(false);
    expect(Taro.makePhoneCall).not.toHaveBeenCalled();
  });
});
