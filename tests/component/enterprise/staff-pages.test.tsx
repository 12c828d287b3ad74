import { fireEvent, render, screen, within } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import Staff from '../../../src/packages/enterprise/staff/index';
import StaffEnterprise from '../../../src/packages/enterprise/staff-enterprise/index';
import StaffVisit from '../../../src/packages/enterprise/staff-visit/index';
import { findingLines } from '../../../src/packages/enterprise/staff-visit/use-visit-form';
import { action, installFetch } from '../fake-fetch';
import { resetTaroDouble, taroDouble } from '../taro-double';
import { COVERAGE, GUTE_VIEW, LIAISONS, PENDING_VIEW } from './fixtures';

beforeEach(() => {
  resetTaroDouble();
  saveToken('t');
});

const calls = (seen: Array<{ body: unknown }>, name: string) =>
  seen.filter((r) => (r.body as { action?: string })?.action === name).map((r) => r.body as Record<string, unknown>);

describe('企业服务 list (staff)', () => {
  it('shows the quarter’s coverage and asks the server again for each filter', async () => {
    const { seen } = installFetch(
      action('enterprise', 'coverage', () => COVERAGE),
      action('enterprise', 'list', () => ({ items: [GUTE_VIEW], total: 1, scope: 'all' })),
    );
    render(<Staff />);
    expect((await screen.findByTestId('coverage-never')).textContent).toContain('2');
    expect(screen.getByText('进百企走访（2026年第4季度）')).toBeTruthy();
    expect(await screen.findByRole('button', { name: `${GUTE_VIEW.name}，已核实` })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '待核实' }));
    await screen.findByRole('radio', { name: '待核实', checked: true });
    await screen.findByRole('button', { name: `${GUTE_VIEW.name}，已核实` });
    expect(calls(seen, 'list').map((b) => b.status ?? null)).toContain('pending');
  });
});

describe('企业详情 (staff)', () => {
  it('verifies a pending registration with the version shown, and refuses to reject without a reason', async () => {
    taroDouble.routerParams = { id: 'ent-new' };
    let current = PENDING_VIEW;
    const { seen } = installFetch(
      action('enterprise', 'get', () => current),
      action('enterprise', 'contacts', () => [
        {
          name: '韩雪',
          phone: '13900000021',
          joinedVia: 'registration',
          joinedAt: '2026-11-25T02:00:00.000Z',
          isMe: false,
        },
      ]),
      action('enterprise', 'visits', () => []),
      action('enterprise', 'liaisons', () => LIAISONS),
      action('enterprise', 'verify', () => {
        current = { ...PENDING_VIEW, status: 'verified', statusLabel: '已核实', version: 2 };
        return current;
      }),
    );
    render(<StaffEnterprise />);
    const decide = await screen.findByTestId('decide');
    fireEvent.click(within(decide).getByRole('button', { name: '不通过' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写未通过的原因');
    expect(calls(seen, 'reject')).toEqual([]);
    fireEvent.click(within(decide).getByRole('button', { name: '核实通过' }));
    expect((await screen.findByRole('status')).textContent).toContain('已核实通过');
    expect(calls(seen, 'verify')[0]).toMatchObject({ enterpriseId: 'ent-new', version: 1 });
    expect(await screen.findByTestId('assign')).toBeTruthy();
  });

  it('assigns a liaison the office picks', async () => {
    taroDouble.routerParams = { id: GUTE_VIEW.id };
    const { seen } = installFetch(
      action('enterprise', 'get', () => GUTE_VIEW),
      action('enterprise', 'contacts', () => []),
      action('enterprise', 'visits', () => [
        {
          id: 'v1',
          enterpriseId: GUTE_VIEW.id,
          enterpriseName: GUTE_VIEW.name,
          date: '2026-11-16',
          visitors: '周敏',
          peopleMet: '马晓东',
          findings: [{ id: 'f1', text: '需要招焊工', requestId: null }],
          createdAt: '',
        },
      ]),
      action('enterprise', 'liaisons', () => LIAISONS),
      action('enterprise', 'assignLiaison', () => ({
        ...GUTE_VIEW,
        liaisonId: 'lia-secretary',
        liaisonName: '王立新',
        version: 4,
      })),
    );
    render(<StaffEnterprise />);
    expect((await screen.findByTestId('visit')).textContent).toContain('需要招焊工');
    fireEvent.click(await screen.findByRole('radio', { name: '王立新（街道党工委书记）' }));
    fireEvent.click(screen.getByRole('button', { name: '确定包联' }));
    expect((await screen.findByRole('status')).textContent).toContain('已安排王立新包联');
    expect(calls(seen, 'assignLiaison')[0]).toMatchObject({
      enterpriseId: GUTE_VIEW.id,
      version: 3,
      liaisonId: 'lia-secretary',
    });
  });
});

describe('a visit finding becomes a request (staff)', () => {
  it('asks for the type, then files it in one step and shows it filed', async () => {
    taroDouble.routerParams = { id: GUTE_VIEW.id };
    let requestId: string | null = null;
    const { seen } = installFetch(
      action('enterprise', 'get', () => GUTE_VIEW),
      action('enterprise', 'contacts', () => []),
      action('enterprise', 'visits', () => [
        {
          id: 'v1',
          enterpriseId: GUTE_VIEW.id,
          enterpriseName: GUTE_VIEW.name,
          date: '2026-11-16',
          visitors: '周敏',
          peopleMet: '马晓东',
          findings: [{ id: 'f1', text: '需要招焊工', requestId }],
          createdAt: '',
        },
      ]),
      action('enterprise', 'liaisons', () => LIAISONS),
      action('enterprise', 'fileFinding', () => {
        requestId = 'rq_1';
        return { visitId: 'v1', findingId: 'f1', requestId, ticketNo: 'QY20261126-0001' };
      }),
    );
    render(<StaffEnterprise />);
    const finding = await screen.findByTestId('finding-v1-f1');
    fireEvent.click(within(finding).getByRole('button', { name: '把“需要招焊工”转为诉求' }));
    fireEvent.click(within(finding).getByRole('radio', { name: '招工' }));
    fireEvent.click(within(finding).getByRole('button', { name: '确定转为诉求' }));
    expect((await screen.findByRole('status')).textContent).toContain('已转为诉求 QY20261126-0001');
    expect(calls(seen, 'fileFinding')[0]).toMatchObject({ visitId: 'v1', findingId: 'f1', type: 'hiring' });
    expect(await within(await screen.findByTestId('finding-v1-f1')).findByText('已转为诉求')).toBeTruthy();
  });
});

describe('记录走访 (staff)', () => {
  it('sends one finding per line, without list marks', async () => {
    taroDouble.routerParams = { enterpriseId: GUTE_VIEW.id };
    const { seen } = installFetch(
      action('enterprise', 'get', () => GUTE_VIEW),
      action('enterprise', 'logVisit', (input) => ({ id: 'v2', ...input })),
    );
    render(<StaffVisit />);
    fireEvent.input(await screen.findByLabelText('走访人员'), { target: { value: '周敏' } });
    fireEvent.input(screen.getByLabelText('见到的企业人员'), { target: { value: '马晓东（人事经理）' } });
    fireEvent.input(screen.getByLabelText('走访发现（每行一条）'), {
      target: { value: '1、旺季前需要招焊工 20 人\n\n· 2.5 亿元技改项目想了解贴息' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));
    expect((await screen.findByRole('status')).textContent).toContain('走访已记录');
    expect(calls(seen, 'logVisit')[0]).toMatchObject({
      enterpriseId: GUTE_VIEW.id,
      visitors: '周敏',
      findings: ['旺季前需要招焊工 20 人', '2.5 亿元技改项目想了解贴息'],
    });
  });

  it('keeps numbers that begin a finding', () => {
    expect(findingLines('20 人的焊工缺口\n2.5 亿元贷款需求\n3. 场地')).toEqual([
      '20 人的焊工缺口',
      '2.5 亿元贷款需求',
      '场地',
    ]);
  });
});
