import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { clearToken, saveToken } from '../../../src/auth/session';
import JobDetailPage from '../../../src/packages/enterprise/job/index';
import { interestPayload } from '../../../src/packages/enterprise/job/use-job';
import JobManagePage from '../../../src/packages/enterprise/job-manage/index';
import { jobDraftProblem } from '../../../src/packages/enterprise/job-manage/job-form';
import PoliciesPage from '../../../src/packages/enterprise/policies/index';
import PolicyPage from '../../../src/packages/enterprise/policy/index';
import { policyDraftProblem, toggle, EMPTY_POLICY } from '../../../src/packages/enterprise/staff-policies/policy-form';
import { taroDouble } from '../taro-double';
import { action, installFetch } from '../fake-fetch';

const CONTACT_ME = {
  openid: 'demo-contact',
  name: '李经理',
  phone: null,
  roles: [
    { role: 'resident', label: '居民', placeName: '湖岛街道', binding: null },
    {
      role: 'enterprise_contact',
      label: '企业联系人',
      placeName: '固特房车',
      binding: { role: 'enterprise_contact', enterpriseId: 'ent-1' },
    },
  ],
};

const JOB = {
  id: 'job-1',
  enterpriseId: 'ent-1',
  enterpriseName: '固特房车(青岛)营地装备有限公司',
  title: '房车总装工',
  description: '负责房车总装',
  openings: 6,
  remaining: 4,
  pay: '5500–7500 元/月',
  workplace: '兴隆支路 120 号',
  status: 'open',
  statusLabel: '招聘中',
  postedAt: '2026-11-20T02:00:00.000Z',
};

const bodiesOf = (seen: Array<{ body: unknown }>, name: string) =>
  seen.map((r) => r.body as Record<string, unknown>).filter((b) => b?.action === name);

describe('招聘岗位 page (a resident expresses interest)', () => {
  beforeEach(() => {
    saveToken('t');
    taroDouble.routerParams = { id: 'job-1' };
  });

  it('sends no name or phone without the consent tick, and says the enterprise only learns someone is interested', async () => {
    const { seen } = installFetch(
      action('enterprise', 'getJob', () => ({ job: JOB, mine: null })),
      action('enterprise', 'expressInterest', () => ({
        id: 'job-1:me',
        jobId: 'job-1',
        state: 'interested',
        stateLabel: '已报名',
        shareContact: false,
        name: null,
        phone: null,
        note: '',
        at: '2026-11-26T02:00:00.000Z',
      })),
    );
    render(<JobDetailPage />);
    expect(await screen.findByText('薪资待遇：5500–7500 元/月')).toBeTruthy();
    expect(screen.queryByLabelText('手机号')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '我想应聘' }));
    expect((await screen.findByTestId('job-outcome')).textContent).toContain('企业只知道有人感兴趣');
    expect(bodiesOf(seen, 'expressInterest')).toEqual([
      { action: 'expressInterest', jobId: 'job-1', shareContact: false },
    ]);
    expect(await screen.findByTestId('interest-state')).toBeTruthy();
  });

  it('shows the contact fields once the consent is ticked and sends them with it', async () => {
    const { seen } = installFetch(
      action('enterprise', 'getJob', () => ({ job: JOB, mine: null })),
      action('enterprise', 'expressInterest', (input) => ({
        id: 'job-1:me',
        jobId: 'job-1',
        state: 'interested',
        stateLabel: '已报名',
        shareContact: true,
        name: input.name,
        phone: input.phone,
        note: input.note,
        at: '2026-11-26T02:00:00.000Z',
      })),
    );
    render(<JobDetailPage />);
    const consent = await screen.findByRole('switch', { name: /我同意把称呼和电话提供给/ });
    expect(consent.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(consent);
    fireEvent.input(await screen.findByLabelText('称呼'), { target: { value: '王师傅' } });
    fireEvent.input(await screen.findByLabelText('手机号'), { target: { value: '13900001111' } });
    fireEvent.click(screen.getByRole('button', { name: '我想应聘' }));
    expect((await screen.findByTestId('job-outcome')).textContent).toContain('企业会通过您留的电话联系您');
    expect(bodiesOf(seen, 'expressInterest')[0]).toEqual({
      action: 'expressInterest',
      jobId: 'job-1',
      shareContact: true,
      name: '王师傅',
      phone: '13900001111',
      note: '',
    });
    expect((await screen.findByTestId('interest-state')).textContent).toContain('13900001111');
  });

  it('asks a signed-out visitor to log in instead of offering the form', async () => {
    clearToken();
    installFetch(action('enterprise', 'getJob', () => ({ job: JOB, mine: null })));
    render(<JobDetailPage />);
    expect(await screen.findByRole('button', { name: '登录后报名这个岗位' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '我想应聘' })).toBeNull();
  });

  it('builds the payload without contact fields unless consent is given', () => {
    expect(interestPayload('j', { shareContact: false, name: '王', phone: '139', note: 'x' })).toEqual({
      jobId: 'j',
      shareContact: false,
    });
    expect(interestPayload('j', { shareContact: true, name: ' 王 ', phone: '13900001111', note: '' })).toEqual({
      jobId: 'j',
      shareContact: true,
      name: '王',
      phone: '13900001111',
      note: '',
    });
  });
});

describe('招聘岗位管理 page (an enterprise contact posts an opening)', () => {
  beforeEach(() => saveToken('t'));

  it('says what is missing first, then posts the opening with the openings as a number', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => CONTACT_ME),
      action('enterprise', 'enterpriseJobs', () => ({
        enterprise: { id: 'ent-1', name: '固特房车', verified: true },
        jobs: [],
      })),
      action('enterprise', 'postJob', (input) => ({
        ...JOB,
        title: input.title,
        filled: 0,
        interested: 0,
        version: 1,
        closedAt: null,
      })),
    );
    render(<JobManagePage />);
    fireEvent.click(await screen.findByRole('button', { name: '发布新岗位' }));
    fireEvent.click(screen.getByRole('button', { name: '发布' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写工种名称');
    fireEvent.input(screen.getByLabelText('工种名称'), { target: { value: '电焊工' } });
    fireEvent.input(screen.getByLabelText('岗位说明'), { target: { value: '车架焊接' } });
    fireEvent.input(screen.getByLabelText('招聘人数'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('薪资待遇'), { target: { value: '7000 元/月' } });
    fireEvent.input(screen.getByLabelText('工作地点'), { target: { value: '兴隆支路' } });
    fireEvent.click(screen.getByRole('button', { name: '发布' }));
    expect((await screen.findByTestId('job-manage-outcome')).textContent).toContain('已发布「电焊工」');
    expect(bodiesOf(seen, 'postJob')[0]).toEqual({
      action: 'postJob',
      title: '电焊工',
      description: '车架焊接',
      openings: 3,
      pay: '7000 元/月',
      workplace: '兴隆支路',
    });
  });

  it('checks the draft in plain words', () => {
    expect(
      jobDraftProblem({ title: '车工', description: '做零件', openings: '0', pay: '5000', workplace: '兴隆支路' }),
    ).toBe('招聘人数请填 1 以上的整数');
    expect(
      jobDraftProblem({ title: '车工', description: '做零件', openings: '2', pay: '5000', workplace: '兴隆支路' }),
    ).toBeNull();
  });
});

const POLICY = {
  id: 'pol-1',
  title: '工业企业技术改造综合奖补政策',
  level: 'city',
  levelLabel: '市级',
  topic: 'industry',
  topicName: '产业扶持',
  issuer: '青岛市工业和信息化局',
  summary: '奖补内容',
  industries: ['manufacturing'],
  sizes: [],
  audience: '制造业 · 各类规模企业',
  deadline: '2026-12-31',
  open: true,
  publishedAt: '2026-11-20T02:00:00.000Z',
  fits: true,
  mark: 'pushed',
  markLabel: '未读',
  appliedAt: null,
};

describe('惠企政策 pages (an enterprise reads and marks a policy)', () => {
  beforeEach(() => {
    saveToken('t');
    taroDouble.routerParams = { id: 'pol-1' };
  });

  it('lists the policies in the order the server ranked them, marking those that fit, and can show only those', async () => {
    const other = {
      ...POLICY,
      id: 'pol-2',
      title: '软件企业政策',
      fits: false,
      mark: null,
      markLabel: null,
      audience: '信息技术和软件 · 各类规模企业',
    };
    const { seen } = installFetch(
      action('account', 'me', () => CONTACT_ME),
      action('enterprise', 'enterprisePolicies', (input) => ({
        enterprise: { id: 'ent-1', name: '固特房车', industry: '制造业', size: '中型' },
        unread: 1,
        total: input.onlyFitting ? 1 : 40,
        items: input.onlyFitting ? [POLICY] : [POLICY, other],
      })),
    );
    render(<PoliciesPage />);
    const list = await screen.findByTestId('policy-list');
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['工业企业技术改造综合奖补政策', '软件企业政策']);
    expect(within(screen.getByTestId('policy-pol-1')).getByText('符合本企业')).toBeTruthy();
    expect(within(screen.getByTestId('policy-pol-2')).queryByText('符合本企业')).toBeNull();
    expect(screen.getByTestId('policies-summary').textContent).toContain('有 1 条未读');
    fireEvent.click(screen.getByRole('button', { name: '显示更多（还有 38 条）' }));
    await waitFor(() => expect(bodiesOf(seen, 'enterprisePolicies').map((b) => b.limit)).toEqual([30, 60]));
    fireEvent.click(screen.getByRole('radio', { name: '只看符合本企业的' }));
    await waitFor(() => expect(screen.queryByText('软件企业政策')).toBeNull());
    expect(screen.getByText('工业企业技术改造综合奖补政策')).toBeTruthy();
    expect(bodiesOf(seen, 'enterprisePolicies').map((b) => [b.onlyFitting, b.limit])).toEqual([
      [false, 30],
      [false, 60],
      [true, 30],
    ]);
  });

  it('marks a policy applied and shows the new mark', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => CONTACT_ME),
      action('enterprise', 'getPolicy', () => ({
        policy: { ...POLICY, mark: 'read', markLabel: '已读' },
        staff: null,
      })),
      action('enterprise', 'markApplied', (input) => ({
        ...POLICY,
        mark: input.applied ? 'applied' : 'read',
        markLabel: input.applied ? '已申报' : '已读',
      })),
    );
    render(<PolicyPage />);
    fireEvent.click(await screen.findByRole('button', { name: '标记为已申报' }));
    expect((await screen.findByTestId('policy-outcome')).textContent).toContain('已标记为已申报');
    expect(await screen.findByRole('button', { name: '取消“已申报”' })).toBeTruthy();
    expect(bodiesOf(seen, 'markApplied')).toEqual([{ action: 'markApplied', policyId: 'pol-1', applied: true }]);
  });

  it('checks the publishing draft and toggles multiple choices', () => {
    expect(policyDraftProblem(EMPTY_POLICY)).toBe('请填写政策名称');
    expect(
      policyDraftProblem({ ...EMPTY_POLICY, title: 'x', level: 'city', topic: 'tax', issuer: '市税务局', summary: '' }),
    ).toContain('政策要点');
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
