import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import IssueDetailPage from '../../../src/packages/issues/detail/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import { taroDouble } from '../taro-double';
import { detail } from './fixtures';

const bodies = (seen: SeenRequest[], name: string) =>
  seen.filter((r) => (r.body as { action?: string } | undefined)?.action === name).map((r) => r.body);

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'iss_1' };
});

const resolved = detail({
  state: 'resolved',
  stateLabel: '已办结',
  group: 'fixed',
  canCallback: true,
  resolvedAt: '2026-11-27T02:00:00.000Z',
  timeline: [
    {
      seq: 1,
      at: '2026-11-26T02:00:00.000Z',
      type: 'submitted',
      stateLabel: '待受理',
      note: '已分派至万安一路网格党支部',
      internal: false,
      actor: '王建华',
      photos: [],
    },
    {
      seq: 2,
      at: '2026-11-26T03:00:00.000Z',
      type: 'accepted',
      stateLabel: '已受理',
      note: '万安一路网格党支部已受理',
      internal: false,
      actor: '万安一路网格党支部 网格员',
      photos: [],
    },
    {
      seq: 3,
      at: '2026-11-27T02:00:00.000Z',
      type: 'resolved',
      stateLabel: '已办结',
      note: '已清理完毕',
      internal: false,
      actor: '万安一路网格党支部 网格员',
      photos: ['/uploads/after.jpg'],
    },
  ],
});

describe('反映详情', () => {
  it('shows who handles it and every public step, with the photos named', async () => {
    installFetch(action('issues', 'get', () => resolved));
    render(<IssueDetailPage />);
    const timeline = await screen.findByTestId('timeline');
    expect(timeline.textContent).toContain('已清理完毕');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByTestId('issue-handling').textContent).toContain('万安一路网格党支部');
    expect(await screen.findByRole('img', { name: '办理照片第 1 张' })).toBeTruthy();
  });

  it('sends the rating: 满意, stars and a comment', async () => {
    const { seen } = installFetch(
      action('issues', 'get', () => resolved),
      action('issues', 'callback', () => ({ id: 'iss_1', state: 'closed', reopenCount: 0 })),
    );
    render(<IssueDetailPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '满意' }));
    fireEvent.click(screen.getByRole('radio', { name: '4 星' }));
    fireEvent.input(await screen.findByLabelText('想说的话（可不填）'), { target: { value: ' 很及时 ' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText(/感谢您的评价！这件反映已办结/)).toBeTruthy();
    expect(bodies(seen, 'callback')).toEqual([
      { action: 'callback', id: 'iss_1', satisfaction: 'satisfied', stars: 4, comment: '很及时' },
    ]);
    await waitFor(() => expect(bodies(seen, 'get')).toHaveLength(2));
  });

  it('asks for a choice before sending a rating', async () => {
    const { seen } = installFetch(action('issues', 'get', () => resolved));
    render(<IssueDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '提交评价' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请选择满意、基本满意或不满意。');
    expect(bodies(seen, 'callback')).toEqual([]);
  });

  it('offers 我也遇到 on a neighbour’s open report', async () => {
    const { seen } = installFetch(
      action('issues', 'get', () =>
        detail({ viewer: 'public', isMine: false, canSupport: true, reporterName: '王*华' }),
      ),
      action('issues', 'meToo', () => ({ supporters: 1, supported: true })),
    );
    render(<IssueDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '我也遇到' }));
    expect(await screen.findByText(/已记下，现在共有 1 人也遇到/)).toBeTruthy();
    expect(bodies(seen, 'meToo')).toEqual([{ action: 'meToo', id: 'iss_1' }]);
  });
});
