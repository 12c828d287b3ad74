import { fireEvent, render, screen, within } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import AdminServices from '../../../src/packages/eldercare/admin-services/index';
import { NEW_SERVICE, serviceInputOf } from '../../../src/packages/eldercare/admin-services/use-admin-services';
import { action, installFetch } from '../fake-fetch';
import { haircutService, HAIRCUT } from './fixtures';

beforeEach(() => saveToken('t'));

const approvedPlumber = {
  id: 'app-9',
  name: '万安物业',
  kind: '物业公司',
  description: '维修',
  contactName: '刘',
  contactPhone: '13800000099',
  status: 'approved',
  statusLabel: '已批准',
  decisionReason: null,
  decidedAt: '2026-11-26T02:00:00.000Z',
  partnerId: 'p-wanan',
  createdAt: '2026-11-25T02:00:00.000Z',
};

const saveBodies = (seen: Array<{ body: unknown }>) =>
  seen
    .filter((r) => (r.body as { action?: string }).action === 'saveService')
    .map((r) => r.body as Record<string, unknown>);

describe('服务项目设置 page (district admin)', () => {
  it('lists services with their rules and saves a changed quota, notice and cut-off with the version seen', async () => {
    let services = [haircutService];
    const { seen } = installFetch(
      action('eldercare', 'partnerServices', () => services),
      action('eldercare', 'listApplications', () => [approvedPlumber]),
      action('eldercare', 'saveService', (input) => {
        services = [{ ...haircutService, quotaPerYear: 4, cancelCutoffHours: 12, version: 2 }];
        return { ...haircutService, name: input.name as string };
      }),
    );
    render(<AdminServices />);
    const card = await screen.findByTestId(`admin-service-${HAIRCUT}`);
    expect(within(card).getByRole('heading', { level: 2, name: '上门理发' })).toBeTruthy();
    expect(within(card).getByText('上门前 24 小时截止')).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: '修改上门理发的设置' }));
    expect(screen.getByRole('heading', { level: 2, name: '修改上门理发' })).toBeTruthy();
    expect(((await screen.findByLabelText('最低年龄（不限就空着）')) as HTMLInputElement).value).toBe('90');
    fireEvent.input(await screen.findByLabelText('每人每年次数（不限就空着）'), { target: { value: '4' } });
    fireEvent.input(await screen.findByLabelText('上门前几小时起不能在线取消'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect((await screen.findByRole('status')).textContent).toContain('已保存上门理发的设置');
    expect(saveBodies(seen)[0]).toMatchObject({
      serviceId: HAIRCUT,
      version: 1,
      partnerId: 'p-jiali',
      eligibility: { minAge: 90, difficultyRequired: false },
      quotaPerYear: 4,
      cancelCutoffHours: 12,
      minNoticeHours: 12,
    });
    expect(await screen.findByText('上门前 12 小时截止')).toBeTruthy();
  });

  it('adds a service for an approved partner; empty age and quota mean 不限; says what is wrong first', async () => {
    const { seen } = installFetch(
      action('eldercare', 'partnerServices', () => []),
      action('eldercare', 'listApplications', () => [approvedPlumber]),
      action('eldercare', 'saveService', (input) => ({
        ...haircutService,
        id: 'svc-new',
        name: input.name as string,
        partner: { id: 'p-wanan', name: '万安物业' },
      })),
    );
    render(<AdminServices />);
    expect(await screen.findByText(/还没有服务项目/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加服务项目' }));
    fireEvent.click(screen.getByRole('button', { name: '添加服务' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请选择提供服务的红色合伙人');

    fireEvent.click(await screen.findByRole('radio', { name: '万安物业' }));
    fireEvent.input(await screen.findByLabelText('服务名称'), { target: { value: '上门修水管' } });
    fireEvent.click(screen.getByRole('radio', { name: '只限困难家庭' }));
    fireEvent.input(await screen.findByLabelText('最晚提前几小时预约'), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: '添加服务' }));
    expect((await screen.findByRole('alert')).textContent).toContain('最晚提前预约小时数要在 0 到 168 之间');
    fireEvent.input(await screen.findByLabelText('最晚提前几小时预约'), { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: '添加服务' }));
    expect((await screen.findByRole('status')).textContent).toContain('已添加上门修水管');
    const body = saveBodies(seen)[0];
    expect(body).toMatchObject({
      partnerId: 'p-wanan',
      name: '上门修水管',
      eligibility: { minAge: null, difficultyRequired: true },
      quotaPerYear: null,
      minNoticeHours: 24,
    });
    expect(body.serviceId).toBeUndefined();
  });

  it('turns a draft into the saveService input', () => {
    expect(
      serviceInputOf({ ...NEW_SERVICE, partnerId: 'p', name: 'x', minAge: '70', quotaPerYear: '2' }),
    ).toMatchObject({ input: { eligibility: { minAge: 70 }, quotaPerYear: 2, bookAheadDays: 28 } });
    expect(serviceInputOf({ ...NEW_SERVICE, partnerId: 'p', name: 'x', quotaPerYear: '0' })).toEqual({
      problem: '每年次数要在 1 到 52 之间。',
    });
    expect(serviceInputOf({ ...NEW_SERVICE, partnerId: 'p', name: 'x', minAge: '七十' })).toEqual({
      problem: '最低年龄请填写整数。',
    });
  });
});
