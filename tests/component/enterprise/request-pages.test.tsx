import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import EnterpriseHome from '../../../src/packages/enterprise/index';
import RequestHandlePage from '../../../src/packages/enterprise/staff-request/index';
import MyRequestsPage from '../../../src/packages/enterprise/my-requests/index';
import RequestNewPage from '../../../src/packages/enterprise/request-new/index';
import RequestPage from '../../../src/packages/enterprise/request/index';
import RequestStatsPage from '../../../src/packages/enterprise/staff-request-stats/index';
import StaffRequestsPage from '../../../src/packages/enterprise/staff-requests/index';
import { draftProblem, EMPTY_DRAFT } from '../../../src/packages/enterprise/request-new/use-file-form';
import { spanMonths } from '../../../src/packages/enterprise/request-lib/words';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { GUTE_VIEW, PENDING_VIEW } from './fixtures';
import { enterpriseRequest, meAs, staffRequest } from './requests-fixtures';

const bodyOf = (seen: SeenRequest[], name: string) =>
  seen.find((r) => (r.body as { action?: string })?.action === name)?.body as Record<string, unknown> | undefined;

const TYPES = [
  { type: 'financing', label: '融资', hint: '贷款、担保、贴息等资金需求', resolveDays: 10 },
  { type: 'hiring', label: '招工', hint: '招聘工人、技术人员，用工对接', resolveDays: 5 },
  { type: 'policy', label: '政策咨询', hint: '惠企政策', resolveDays: 3 },
];

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'rq_1' };
});

describe('the way in from the enterprise home', () => {
  it('offers filing and the list for a verified enterprise only, for that enterprise', async () => {
    installFetch(
      action('account', 'me', () => meAs('enterprise_contact')),
      action('enterprise', 'mine', () => [GUTE_VIEW, PENDING_VIEW]),
    );
    render(<EnterpriseHome />);
    fireEvent.click(await screen.findByTestId(`file-request-${GUTE_VIEW.id}`));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/enterprise/request-new/index?enterpriseId=${GUTE_VIEW.id}`,
    });
    expect(screen.queryByTestId(`file-request-${PENDING_VIEW.id}`)).toBeNull();
  });
});

describe('我的诉求', () => {
  it("lists the enterprise's requests with their state, and files the next for the same enterprise", async () => {
    taroDouble.routerParams = { enterpriseId: 'ent-1' };
    const { seen } = installFetch(
      action('account', 'me', () => meAs('enterprise_contact')),
      action('enterprise', 'myRequests', () => [{ ...enterpriseRequest(), stateLabel: '待受理' }]),
    );
    render(<MyRequestsPage />);
    expect((await screen.findByRole('button', { name: /招焊工 6 名/ })).textContent).toContain('待受理');
    expect(bodyOf(seen, 'myRequests')).toEqual({ action: 'myRequests', enterpriseId: 'ent-1' });
    fireEvent.click(screen.getByRole('button', { name: '提交新诉求' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/enterprise/request-new/index?enterpriseId=ent-1' });
  });
});

describe('the filing form', () => {
  it('says what is missing in plain words, financing details included', () => {
    expect(draftProblem(EMPTY_DRAFT)).toBe('请选择诉求类型。');
    expect(draftProblem({ ...EMPTY_DRAFT, type: 'hiring', title: '招工', description: '要人' })).toContain(
      '至少 5 个字',
    );
    expect(draftProblem({ ...EMPTY_DRAFT, type: 'financing', title: '融资', description: '需要资金周转' })).toContain(
      '融资金额',
    );
    expect(
      draftProblem({
        ...EMPTY_DRAFT,
        type: 'financing',
        title: '融资',
        description: '需要资金周转',
        amountWan: '300',
        purpose: '设备',
        termMonths: '1.5',
      }),
    ).toContain('期限');
    expect(draftProblem({ ...EMPTY_DRAFT, type: 'hiring', title: '招焊工', description: '急需焊工 6 名' })).toBeNull();
  });

  it("shows the type's time limit, asks for financing details only for financing, and sends one request then opens it", async () => {
    const { seen } = installFetch(
      action('account', 'me', () => meAs('enterprise_contact')),
      action('enterprise', 'requestTypes', () => TYPES),
      action('enterprise', 'fileRequest', () => ({ created: true, request: enterpriseRequest({ id: 'rq_new' }) })),
    );
    render(<RequestNewPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '招工' }));
    expect(screen.getByText(/5 个工作日内办结/)).toBeTruthy();
    expect(screen.queryByLabelText('融资金额（万元）')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    expect((await screen.findByTestId('request-outcome')).textContent).toContain('请写一个标题');
    fireEvent.input(screen.getByLabelText('标题'), { target: { value: '招焊工 6 名' } });
    fireEvent.input(screen.getByLabelText('需要街道帮什么'), { target: { value: '急需持证焊工 6 名' } });
    fireEvent.click(screen.getByRole('radio', { name: '融资' }));
    expect(await screen.findByLabelText('融资金额（万元）')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '招工' }));
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'fileRequest')).toMatchObject({
        type: 'hiring',
        title: '招焊工 6 名',
        description: '急需持证焊工 6 名',
        attachments: [],
      }),
    );
    expect(bodyOf(seen, 'fileRequest')).not.toHaveProperty('financing');
    expect(String(bodyOf(seen, 'fileRequest')!.requestId)).toMatch(/^rq-[a-z0-9]+-[a-z0-9]{15}$/);
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/enterprise/request/index?id=rq_new' }),
    );
  });
});

describe("the enterprise's request page", () => {
  it('rates a resolved request with the version it saw', async () => {
    const resolved = enterpriseRequest({
      state: 'resolved',
      stateLabel: '已办结待评价',
      outcome: { financingWan: 0, jobsFilled: 6, policiesApplied: 0, summary: '已招到 6 人' },
      version: 4,
    });
    const { seen } = installFetch(
      action('account', 'me', () => meAs('enterprise_contact')),
      action('enterprise', 'getRequest', () => ({ audience: 'enterprise', request: resolved })),
      action('enterprise', 'rateRequest', () =>
        enterpriseRequest({
          state: 'closed',
          stateLabel: '已办结',
          rating: { stars: 5, satisfied: true, comment: '', at: '2026-11-27T02:00:00.000Z' },
          version: 5,
        }),
      ),
    );
    render(<RequestPage />);
    expect((await screen.findByTestId('request-facts')).textContent).toContain('6 人');
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect((await screen.findByTestId('request-step-outcome')).textContent).toContain('请先选择满意程度');
    fireEvent.click(screen.getByRole('radio', { name: '5 星' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'rateRequest')).toEqual({
        action: 'rateRequest',
        requestId: 'rq_1',
        version: 4,
        stars: 5,
        comment: '',
      }),
    );
    expect((await screen.findByTestId('request-facts')).textContent).toContain('5 星');
  });

  it('asks before withdrawing an open request', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => meAs('enterprise_contact')),
      action('enterprise', 'getRequest', () => ({ audience: 'enterprise', request: enterpriseRequest() })),
      action('enterprise', 'withdrawRequest', () =>
        enterpriseRequest({ state: 'withdrawn', stateLabel: '已撤回', version: 2 }),
      ),
    );
    render(<RequestPage />);
    fireEvent.click(await screen.findByRole('button', { name: '问题已自行解决，撤回诉求' }));
    expect(screen.getByText(/确定撤回吗/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认撤回' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'withdrawRequest')).toEqual({ action: 'withdrawRequest', requestId: 'rq_1', version: 1 }),
    );
  });
});

describe('the staff handling page', () => {
  it('accepts with the version it saw, then resolves with the outcome figures', async () => {
    const inProgress = staffRequest({ state: 'in_progress', stateLabel: '办理中', version: 2 });
    const { seen } = installFetch(
      action('account', 'me', () => meAs('enterprise_liaison')),
      action('enterprise', 'getRequest', () => ({ audience: 'staff', request: staffRequest() })),
      action('enterprise', 'acceptRequest', () => inProgress),
      action('enterprise', 'resolveRequest', () =>
        staffRequest({ state: 'resolved', stateLabel: '已办结待评价', version: 3 }),
      ),
    );
    render(<RequestHandlePage />);
    fireEvent.click(await screen.findByRole('button', { name: '受理' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'acceptRequest')).toEqual({
        action: 'acceptRequest',
        requestId: 'rq_1',
        version: 1,
        note: '',
      }),
    );
    fireEvent.input(await screen.findByLabelText('办结说明（企业能看到）'), {
      target: { value: '推荐焊工 6 名，已到岗' },
    });
    fireEvent.input(screen.getByLabelText('招到人数（没有填 0）'), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'resolveRequest')).toEqual({
        action: 'resolveRequest',
        requestId: 'rq_1',
        version: 2,
        outcome: { summary: '推荐焊工 6 名，已到岗', financingWan: 0, jobsFilled: 6, policiesApplied: 0 },
      }),
    );
  });

  it("shows a request outside the caller's scope as such, with no buttons", async () => {
    installFetch(
      action('account', 'me', () => meAs('enterprise_liaison')),
      action('enterprise', 'getRequest', () => ({ audience: 'enterprise', request: enterpriseRequest() })),
    );
    render(<RequestHandlePage />);
    expect(await screen.findByText('这件诉求不在您包联或负责的范围内。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
  });
});

describe('the statistics page', () => {
  it("shows the article's figures for the range and asks for this year by type first", async () => {
    const totals = {
      filed: 83,
      open: 3,
      solved: 77,
      withdrawn: 2,
      overdue: 1,
      rated: 75,
      financingAskedWan: 5860,
      financingWan: 5260,
      jobsFilled: 126,
      policiesApplied: 38,
      solvedRate: 0.95,
      onTimeRate: 1,
      satisfactionRate: 1,
      avgStars: 4.9,
    };
    const { seen } = installFetch(
      action('account', 'me', () => meAs('economic_staff')),
      action('enterprise', 'requestStats', (input) => ({
        from: input.from,
        to: input.to,
        groupBy: input.groupBy,
        rows: [{ key: 'hiring', label: '招工', ...totals }],
        totals,
      })),
    );
    render(<RequestStatsPage />);
    const card = await screen.findByTestId('request-totals');
    expect(card.textContent).toContain('解决 77 件');
    expect(card.textContent).toContain('满足融资需求 5260 万元');
    expect(card.textContent).toContain('帮助招工 126 人');
    expect(bodyOf(seen, 'requestStats')).toMatchObject({ groupBy: 'type', ...spanMonths('year') });
  });

  it('spans months in Shanghai time', () => {
    expect(spanMonths('year', new Date('2026-12-31T16:30:00Z'))).toEqual({ from: '2027-01', to: '2027-01' });
    expect(spanMonths('twelve', new Date('2026-11-26T02:00:00Z'))).toEqual({ from: '2025-12', to: '2026-11' });
  });
});

describe('the staff queue', () => {
  const row = (id: string, title: string, patch: Record<string, unknown> = {}) => ({
    id,
    ticketNo: `QY20261126-${id}`,
    enterpriseName: '固特房车(青岛)营地装备有限公司',
    type: 'hiring',
    typeLabel: '招工',
    title,
    state: 'submitted',
    stateLabel: '待受理',
    departmentName: '社会事务办公室',
    liaisonName: '经济服务办公室',
    supervised: false,
    dueAt: '2026-11-27T02:00:00.000Z',
    overdue: false,
    filedAt: '2026-11-26T02:00:00.000Z',
    ...patch,
  });

  it('asks for the chosen list and the next page, and marks late and 督办 requests', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => meAs('enterprise_liaison')),
      action('enterprise', 'requestQueue', (input) =>
        input.view === 'overdue'
          ? {
              page: input.page,
              rows: [row('0002', '咨询增值税优惠', { overdue: true, supervised: true, stateLabel: '办理中' })],
              hasMore: input.page === 1,
            }
          : { page: 1, rows: [row('0001', '招焊工 6 名')], hasMore: false },
      ),
    );
    render(<StaffRequestsPage />);
    expect(await screen.findByText(/招焊工 6 名/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '已超时' }));
    expect(await screen.findByText(/咨询增值税优惠/)).toBeTruthy();
    expect(screen.getByText(/· 督办/)).toBeTruthy();
    expect(screen.getByText(/已超时，时限/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() =>
      expect(seen.filter((r) => (r.body as { action?: string })?.action === 'requestQueue').map((r) => r.body)).toEqual(
        [
          { action: 'requestQueue', view: 'open', page: 1 },
          { action: 'requestQueue', view: 'overdue', page: 1 },
          { action: 'requestQueue', view: 'overdue', page: 2 },
        ],
      ),
    );
  });
});
