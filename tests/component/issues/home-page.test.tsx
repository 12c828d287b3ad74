import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import IssuesHome from '../../../src/packages/issues/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { item } from './fixtures';

const bodies = (seen: SeenRequest[], name: string) =>
  seen.filter((r) => (r.body as { action?: string } | undefined)?.action === name).map((r) => r.body);

beforeEach(() => saveToken('t'));

describe('我要反映 home', () => {
  it('lists my reports with their state and opens one', async () => {
    installFetch(
      action('issues', 'mine', () => ({
        items: [item({ state: 'resolved', stateLabel: '已办结', group: 'fixed' })],
        total: 1,
        page: 1,
        pageSize: 20,
      })),
    );
    render(<IssuesHome />);
    const card = await screen.findByRole('button', { name: /20261126-0001/ });
    expect(card.textContent).toContain('已办结');
    fireEvent.click(card);
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issues/detail/index?id=iss_1' }),
    );
  });

  it('switches to the reports I said 我也遇到 to, and says so when there are none', async () => {
    const { seen } = installFetch(action('issues', 'mine', () => ({ items: [], total: 0, page: 1, pageSize: 20 })));
    render(<IssuesHome />);
    expect(await screen.findByText(/您还没有反映过问题/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '我也遇到的' }));
    expect(await screen.findByText(/您还没有点过“我也遇到”/)).toBeTruthy();
    expect(bodies(seen, 'mine')).toEqual([
      { action: 'mine', kind: 'reported', page: 1, pageSize: 20 },
      { action: 'mine', kind: 'supported', page: 1, pageSize: 20 },
    ]);
  });

  it('leads to the form', async () => {
    installFetch(action('issues', 'mine', () => ({ items: [], total: 0, page: 1, pageSize: 20 })));
    render(<IssuesHome />);
    fireEvent.click(screen.getByTestId('issues-new'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issues/report/index' }));
  });

  it('loads the next page by itself when the list is scrolled to the bottom, and not past the end', async () => {
    const { seen } = installFetch(
      action('issues', 'mine', (input) =>
        input.page === 1
          ? { items: [item({ id: 'a', ticketNo: '20261126-0001' })], total: 2, page: 1, pageSize: 20 }
          : { items: [item({ id: 'b', ticketNo: '20261126-0002' })], total: 2, page: 2, pageSize: 20 },
      ),
    );
    render(<IssuesHome />);
    expect(await screen.findByRole('button', { name: /20261126-0001/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '加载更多' })).toBeTruthy();

    taroDouble.fire('onReachBottom');
    expect(await screen.findByRole('button', { name: /20261126-0002/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    taroDouble.fire('onReachBottom');
    expect(bodies(seen, 'mine').map((b) => (b as { page: number }).page)).toEqual([1, 2]);
  });

  it('pulling down starts again from page 1', async () => {
    const { seen } = installFetch(
      action('issues', 'mine', () => ({ items: [item()], total: 1, page: 1, pageSize: 20 })),
    );
    render(<IssuesHome />);
    await screen.findByRole('button', { name: /20261126-0001/ });
    taroDouble.fire('onPullDownRefresh');
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalledTimes(1));
    expect(bodies(seen, 'mine').map((b) => (b as { page: number }).page)).toEqual([1, 1]);
  });
});
