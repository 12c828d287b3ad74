import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import ReportPage from '../../../src/packages/issues/report/index';
import { action, installFetch, type Route, type SeenRequest } from '../fake-fetch';
import Taro from '../taro-double';
import { item } from './fixtures';
import { subscribeFor } from '../../../src/platform/subscribe';

// The consent dialog is WeChat's; here we check the form asks at the tap that files.
jest.mock('../../../src/platform/subscribe', () => ({
  ...jest.requireActual('../../../src/platform/subscribe'),
  subscribeFor: jest.fn(async () => ({ asked: false, accepted: [] })),
}));
const asked = subscribeFor as jest.Mock;

const formOptions = {
  categories: [
    {
      code: 'flyers',
      name: '小广告与环境卫生',
      description: '楼道小广告等',
      group: '环境卫生',
      resolveDays: 3,
      public: true,
    },
    { code: 'safety', name: '安全隐患', description: '消防通道堵塞等', group: '安全', resolveDays: 2, public: true },
  ],
  streets: ['万安一路', '金华路'],
  dailyLimit: 5,
  maxPhotos: 3,
};

const filed = {
  id: 'iss_new',
  ticketNo: '20261126-0007',
  created: true,
  routed: true,
  gridName: '万安一路南网格',
  branchName: '万安一路网格党支部',
  communityName: '宜昌路社区',
  acceptDueAt: '2026-11-27T02:00:00.000Z',
  resolveDueAt: '2026-12-01T02:00:00.000Z',
};

const bodies = (seen: SeenRequest[], name: string) =>
  seen
    .filter((r) => (r.body as { action?: string } | undefined)?.action === name)
    .map((r) => r.body as Record<string, unknown>);

async function fill() {
  fireEvent.click(screen.getByRole('radio', { name: /小广告与环境卫生/ }));
  fireEvent.input(await screen.findByLabelText('问题描述'), { target: { value: '楼道里贴满了小广告，墙面很脏' } });
  fireEvent.click(screen.getByRole('radio', { name: '万安一路' }));
  fireEvent.input(await screen.findByLabelText('门牌号'), { target: { value: '6' } });
}

/** Taro's H5 inputs get their accessible names a moment after mounting. */
async function ready() {
  await screen.findByRole('radio', { name: /小广告与环境卫生/ });
  await screen.findByLabelText('问题描述');
  await screen.findByLabelText('门牌号');
}

beforeEach(() => {
  saveToken('t');
  asked.mockClear();
});

describe('我要反映 form', () => {
  it('asks for a longer description before calling the server', async () => {
    const { seen } = installFetch(action('issues', 'formOptions', () => formOptions));
    render(<ReportPage />);
    fireEvent.click(await screen.findByRole('radio', { name: /小广告与环境卫生/ }));
    fireEvent.input(await screen.findByLabelText('问题描述'), { target: { value: '脏' } });
    expect(screen.getByText('已写 1 字，至少写 5 字')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请把问题写清楚一些，至少 5 个字。');
    expect(bodies(seen, 'report')).toEqual([]);
  });

  it('keeps one request id across a failed try and the retry, then shows ticket, branch and deadlines', async () => {
    let attempts = 0;
    const flaky: Route = (req) => {
      if ((req.body as { action?: string } | undefined)?.action !== 'report') return undefined;
      attempts += 1;
      return attempts === 1 ? new TypeError('Failed to fetch') : { json: { ok: true, data: filed } };
    };
    const { seen } = installFetch(
      action('issues', 'formOptions', () => formOptions),
      action('issues', 'similar', () => ({ items: [] })),
      flaky,
    );
    render(<ReportPage />);
    await screen.findByRole('radio', { name: /小广告与环境卫生/ });
    await fill();
    fireEvent.input(await screen.findByLabelText('联系电话（可不填）'), { target: { value: '13700000000' } });
    fireEvent.click(screen.getByRole('switch', { name: '不向其他居民显示我的姓名' }));

    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    expect((await screen.findByRole('alert')).textContent).toContain('网络连接不上');
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));

    expect((await screen.findByTestId('report-ticket')).textContent).toBe('20261126-0007');
    expect(screen.getByTestId('report-done').textContent).toContain('万安一路网格党支部');
    expect(screen.getByText(/前受理/)).toBeTruthy();
    const reports = bodies(seen, 'report');
    expect(reports).toHaveLength(2);
    expect(reports[0].requestId).toBe(reports[1].requestId);
    expect(reports[1]).toEqual({
      action: 'report',
      requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      category: 'flyers',
      description: '楼道里贴满了小广告，墙面很脏',
      address: { street: '万安一路', number: 6, detail: '' },
      photos: [],
      phone: '13700000000',
      hideName: true,
    });
  });

  it('shows an open report of the same problem first, and 我也遇到 supports it instead of filing', async () => {
    const open = {
      ...item({ id: 'iss_old', ticketNo: '20261125-0003', supporters: 2 }),
      isMine: false,
      supported: false,
    };
    const { seen } = installFetch(
      action('issues', 'formOptions', () => formOptions),
      action('issues', 'similar', () => ({ items: [open] })),
      action('issues', 'meToo', () => ({ supporters: 3, supported: true })),
      action('issues', 'report', () => filed),
    );
    render(<ReportPage />);
    await screen.findByRole('radio', { name: /小广告与环境卫生/ });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));

    expect(await screen.findByText(/同一地点已有人反映了同类问题/)).toBeTruthy();
    expect(bodies(seen, 'report')).toEqual([]);
    expect(bodies(seen, 'similar').pop()).toEqual({
      action: 'similar',
      category: 'flyers',
      street: '万安一路',
      number: 6,
    });

    fireEvent.click(screen.getByRole('button', { name: '我也遇到：20261125-0003' }));
    expect(await screen.findByText(/已记下您也遇到这个问题/)).toBeTruthy();
    expect(bodies(seen, 'meToo')).toEqual([{ action: 'meToo', id: 'iss_old' }]);
    expect(bodies(seen, 'report')).toEqual([]);
  });

  it('files anyway on a second tap when it is a different problem', async () => {
    const open = { ...item({ id: 'iss_old' }), isMine: false, supported: false };
    const { seen } = installFetch(
      action('issues', 'formOptions', () => formOptions),
      action('issues', 'similar', () => ({ items: [open] })),
      action('issues', 'report', () => filed),
    );
    render(<ReportPage />);
    await screen.findByRole('radio', { name: /小广告与环境卫生/ });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByText(/同一地点已有人反映了同类问题/);
    // The tap that only showed the similar report asked nothing; the tap that files asks for accepted, progress and result.
    expect(asked).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('report-ticket');
    await waitFor(() => expect(bodies(seen, 'report')).toHaveLength(1));
    expect(asked.mock.calls).toEqual([['issueReport']]);
  });

  it('shows the load error with a retry', async () => {
    installFetch(() => new TypeError('offline'));
    render(<ReportPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('网络连接不上');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it("pre-fills the street of the resident's last report", async () => {
    installFetch(
      action('issues', 'formOptions', () => formOptions),
      action('issues', 'mine', () => ({
        items: [item({ addressText: '金华路46号' })],
        total: 1,
        page: 1,
        pageSize: 1,
      })),
    );
    render(<ReportPage />);
    // Two replies in a row (form options, then my last report): a loaded machine needs more than the default second.
    await waitFor(
      () => expect(screen.getByRole('radio', { name: '金华路' }).getAttribute('aria-checked')).toBe('true'),
      { timeout: 5000 },
    );
  });

  it.each([
    ['6甲', { number: 6, suffix: '甲' }],
    ['6-1', { number: 6, suffix: '-1' }],
    ['12号', { number: 12 }],
  ])('accepts the house number %s', async (typed, plate) => {
    const { seen } = installFetch(
      action('issues', 'formOptions', () => formOptions),
      action('issues', 'similar', () => ({ items: [] })),
      action('issues', 'report', () => filed),
    );
    render(<ReportPage />);
    await ready();
    await fill();
    fireEvent.input(screen.getByLabelText('门牌号'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('report-ticket');
    expect(bodies(seen, 'report')[0].address).toEqual({ street: '万安一路', ...plate, detail: '' });
  });

  it('files with a landmark instead of a house number', async () => {
    const { seen } = installFetch(
      action('issues', 'formOptions', () => formOptions),
      action('issues', 'similar', () => ({ items: [] })),
      action('issues', 'report', () => ({ ...filed, routed: false })),
    );
    render(<ReportPage />);
    await ready();
    await fill();
    fireEvent.click(screen.getByRole('switch', { name: '其他地点，说不清门牌' }));
    expect(screen.queryByLabelText('门牌号')).toBeNull();
    fireEvent.input(await screen.findByLabelText('附近的地标'), { target: { value: '菜市场东门' } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('report-ticket');
    const [sent] = bodies(seen, 'report');
    expect(sent.landmark).toEqual({ street: '万安一路', text: '菜市场东门' });
    expect(sent.address).toBeUndefined();
  });

  it('shows each error beside its field and scrolls to it', async () => {
    const { seen } = installFetch(action('issues', 'formOptions', () => formOptions));
    render(<ReportPage />);
    await ready();
    await fill();
    fireEvent.input(screen.getByLabelText('门牌号'), { target: { value: '六号' } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    const error = await screen.findByTestId('report-error-number');
    expect(error.textContent).toContain('6甲');
    expect(error.parentElement?.id).toBe('report-field-number');
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#report-field-number' }));

    fireEvent.input(screen.getByLabelText('门牌号'), { target: { value: '6' } });
    fireEvent.input(screen.getByLabelText('联系电话（可不填）'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    expect((await screen.findByTestId('report-error-phone')).textContent).toContain('电话号码不对');
    expect(screen.queryByTestId('report-error-number')).toBeNull();
    expect(bodies(seen, 'report')).toEqual([]);
  });

  it('has one primary action, in the bar at the bottom; 返回 there looks secondary', async () => {
    installFetch(action('issues', 'formOptions', () => formOptions));
    render(<ReportPage />);
    await ready();
    const bar = screen.getByTestId('action-bar');
    const primaries = Array.from(document.querySelectorAll('.btn--primary'));
    expect(primaries.map((b) => b.textContent)).toEqual(['提交反映']);
    expect(bar.contains(primaries[0])).toBe(true);
    expect(screen.getByRole('button', { name: '返回' }).className).toContain('btn--secondary');
  });
});
