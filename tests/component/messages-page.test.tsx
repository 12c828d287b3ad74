import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import Messages from '../../src/pages/messages/index';
import { action, failing, installFetch } from './fake-fetch';
import Taro, { taroDouble } from './taro-double';

const message = (id: string, read: boolean) => ({
  id,
  kind: 'role_granted',
  title: `标题${id}`,
  body: `内容${id}`,
  page: null,
  createdAt: '2025-11-26T06:05:00.000Z',
  read,
});

beforeEach(() => saveToken('t'));

describe('消息 page', () => {
  it('renders the phone a message asks to call as a tap-to-call button, and none for other messages', async () => {
    installFetch(
      action('account', 'inbox', () => ({
        unread: 1,
        messages: [
          {
            ...message('m1', false),
            kind: 'eldercare_remind',
            body: '明天上门服务，请家中留人；如有变化，请打电话给佳丽理发店',
            phone: '13800000006',
          },
          { ...message('m2', true), phone: null },
        ],
      })),
    );
    render(<Messages />);
    fireEvent.click(await screen.findByTestId('call-m1'));
    await waitFor(() => expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800000006' }));
    expect(screen.queryByTestId('call-m2')).toBeNull();
    // Calling is not opening: the message stays unread until tapped itself.
    expect(screen.getByTestId('message-m1').textContent).toContain('未读');
  });

  it('says so plainly when there are no messages', async () => {
    installFetch(action('account', 'inbox', () => ({ unread: 0, messages: [] })));
    render(<Messages />);
    expect(await screen.findByText(/暂时没有消息/)).toBeTruthy();
  });

  it('marks unread messages in words and marks one read on tap', async () => {
    const { seen } = installFetch(
      action('account', 'inbox', () => ({ unread: 1, messages: [message('m1', false), message('m2', true)] })),
      action('account', 'markRead', () => ({ marked: 1 })),
    );
    render(<Messages />);
    const unread = await screen.findByTestId('message-m1');
    expect(unread.textContent).toContain('未读');
    expect(screen.getByTestId('message-m2').textContent).not.toContain('未读');
    expect(screen.getByText('您有 1 条未读消息，点开可查看详情。')).toBeTruthy();

    fireEvent.click(unread);
    await waitFor(() => expect(screen.getByTestId('message-m1').textContent).not.toContain('未读'));
    expect(seen.find((r) => (r.body as { action?: string })?.action === 'markRead')?.body).toEqual({
      action: 'markRead',
      ids: ['m1'],
    });
    expect(screen.getByText('消息都已读过。')).toBeTruthy();
  });

  it('opens the page a message is about', async () => {
    const about = { ...message('m3', false), page: '/packages/issues/detail/index?id=i-1' };
    installFetch(
      action('account', 'inbox', () => ({ unread: 1, messages: [about] })),
      action('account', 'markRead', () => ({ marked: 1 })),
    );
    render(<Messages />);
    fireEvent.click(await screen.findByTestId('message-m3'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issues/detail/index?id=i-1' }));
  });

  it('puts the unread mark back and says why when marking fails', async () => {
    installFetch(
      action('account', 'inbox', () => ({ unread: 1, messages: [message('m1', false)] })),
      failing('account', 'markRead', 'UNAVAILABLE', '系统繁忙，请稍后再试', 503),
    );
    render(<Messages />);
    fireEvent.click(await screen.findByTestId('message-m1'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '系统繁忙，请稍后再试' })),
    );
    expect(screen.getByTestId('message-m1').textContent).toContain('未读');
  });

  it('pulling down loads the messages again and stops the spinner once they are in', async () => {
    let count = 0;
    installFetch(
      action('account', 'inbox', () => ({ unread: 0, messages: count++ === 0 ? [] : [message('new', false)] })),
    );
    render(<Messages />);
    expect(await screen.findByText(/暂时没有消息/)).toBeTruthy();
    expect(taroDouble.listens('onPullDownRefresh')).toBe(true);

    taroDouble.fire('onPullDownRefresh');
    expect(await screen.findByTestId('message-new')).toBeTruthy();
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalledTimes(1));
  });
});
