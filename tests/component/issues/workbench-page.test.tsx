import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import Workbench from '../../../src/packages/workbench/index';
import StatsPage from '../../../src/packages/workbench/stats/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import Taro from '../taro-double';
import { item } from './fixtures';

const bodies = (seen: SeenRequest[], name: string) =>
  seen
    .filter((r) => (r.body as { action?: string } | undefined)?.action === name)
    .map((r) => r.body as Record<string, unknown>);

const counts = {
  queues: [
    { queue: 'pending', label: '待受理', count: 2 },
    { queue: 'working', label: '处理中', count: 1 },
    { queue: 'overdue', label: '已超时·督办', count: 1 },
    { queue: 'triage', label: '退回待分派', count: 0 },
    { queue: 'resolved', label: '已办结待评价', count: 0 },
  ],
};
const grids = {
  communities: [
    {
      id: 'c-yichang',
      name: '宜昌路社区',
      branches: [
        { id: 'b-yc-2', name: '万安一路网格党支部', grids: [{ id: 'g-03', name: '万安一路南网格', area: '' }] },
        { id: 'b-yc-3', name: '万安一路北网格党支部', grids: [{ id: 'g-04', name: '万安一路北网格', area: '' }] },
      ],
    },
  ],
};
const categories = {
  categories: [
    { code: 'flyers', name: '小广告与环境卫生' },
    { code: 'safety', name: '安全隐患' },
  ],
};

function world() {
  return installFetch(
    action('issues', 'queueCounts', () => counts),
    action('issues', 'grids', () => grids),
    action('issues', 'categories', () => categories),
    action('issues', 'queue', (input) => ({
      queue: input.queue,
      label: '',
      items:
        input.queue === 'overdue'
          ? [item({ id: 'iss_late', ticketNo: '20261120-0002', supervised: true, overdue: true })]
          : [item()],
      total: 1,
      page: 1,
      pageSize: 20,
    })),
  );
}

beforeEach(() => saveToken('t'));

describe('诉求工作台', () => {
  it('shows the queues with their counts and opens an issue', async () => {
    world();
    render(<Workbench />);
    expect(await screen.findByRole('radio', { name: '待受理（2）' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /20261126-0001/ }));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workbench/issue/index?id=iss_1' }),
    );
  });

  it('switches to 已超时·督办 and filters by grid and category', async () => {
    const { seen } = world();
    render(<Workbench />);
    fireEvent.click(await screen.findByRole('radio', { name: '已超时·督办（1）' }));
    expect((await screen.findByRole('button', { name: /20261120-0002/ })).textContent).toContain('督办');

    fireEvent.click(screen.getByRole('button', { name: '筛选' }));
    fireEvent.click(await screen.findByRole('radio', { name: /万安一路北网格/ }));
    fireEvent.click(screen.getByRole('radio', { name: '安全隐患' }));
    await waitFor(() =>
      expect(bodies(seen, 'queue').pop()).toEqual({
        action: 'queue',
        queue: 'overdue',
        page: 1,
        pageSize: 20,
        gridId: 'g-04',
        category: 'safety',
      }),
    );
  });
});

describe('诉求统计', () => {
  const row = (key: string, label: string, submitted: number, satisfactionRate: number | null) => ({
    key,
    label,
    submitted,
    valid: submitted,
    responded: submitted,
    resolved: 1,
    rated: 1,
    satisfied: 1,
    overdue: 0,
    open: 0,
    rejected: 0,
    duplicate: 0,
    responseRate: 1,
    resolutionRate: 0.5,
    onTimeResolutionRate: 1,
    satisfactionRate,
    avgAcceptHours: 2,
    avgResolveHours: 30.5,
    avgStars: 5,
  });
  const stats = {
    from: '2026-06',
    to: '2026-11',
    groupBy: 'grid',
    rows: [row('g-03', '万安一路南网格', 4, 0.75), row('g-04', '万安一路北网格', 2, null)],
    total: row('total', '合计', 6, 0.75),
    overdueNow: 1,
  };

  it('shows the rates and draws one bar per group with its number written out', async () => {
    installFetch(action('issues', 'stats', () => stats));
    render(<StatsPage />);
    expect((await screen.findByTestId('stats-total')).textContent).toContain('75%');
    fireEvent.click(screen.getByRole('radio', { name: '满意率' }));
    const bars = screen.getByTestId('bars');
    expect(bars.textContent).toContain('万安一路南网格75%');
    expect(bars.textContent).toContain('暂无');
  });

  it('downloads the CSV in the browser', async () => {
    const created: string[] = [];
    (URL as unknown as { createObjectURL: unknown }).createObjectURL = jest.fn(() => 'blob:csv');
    (URL as unknown as { revokeObjectURL: unknown }).revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    const { seen } = installFetch(
      action('issues', 'stats', () => stats),
      action('issues', 'exportStats', () => ({
        filename: '诉求统计_2026-06_2026-11_按网格.csv',
        mimeType: 'text/csv; charset=utf-8',
        csv: '\uFEFF网格,反映件数\r\n',
        rows: 2,
      })),
    );
    render(<StatsPage />);
    fireEvent.click(await screen.findByRole('button', { name: '导出表格' }));
    expect(await screen.findByText(/表格已下载/)).toBeTruthy();
    expect(created).toEqual(['诉求统计_2026-06_2026-11_按网格.csv']);
    expect(bodies(seen, 'exportStats')[0]).toEqual(expect.objectContaining({ groupBy: 'grid' }));
    click.mockRestore();
  });
});
