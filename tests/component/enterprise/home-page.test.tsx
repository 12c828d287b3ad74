import { render, screen, within } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import EnterpriseHome from '../../../src/packages/enterprise/index';
import { action, installFetch } from '../fake-fetch';
import { GUTE_VIEW, PENDING_VIEW } from './fixtures';

beforeEach(() => saveToken('t'));

describe('企业直通车 home (a contact)', () => {
  it('offers registration and joining when the caller speaks for no enterprise', async () => {
    installFetch(action('enterprise', 'mine', () => []));
    render(<EnterpriseHome />);
    expect((await screen.findByTestId('no-enterprise')).textContent).toContain('还没有登记企业');
    expect(screen.getByRole('button', { name: '登记企业' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '用邀请码加入' })).toBeTruthy();
  });

  it('shows each enterprise where it stands: verified with its liaison, pending, rejected with the reason and a way to correct it', async () => {
    const rejected = {
      ...PENDING_VIEW,
      id: 'ent-rej',
      name: '青岛某某有限公司',
      status: 'rejected',
      statusLabel: '未通过核实',
      rejectReason: '地址与营业执照不符',
    };
    installFetch(action('enterprise', 'mine', () => [GUTE_VIEW, PENDING_VIEW, rejected]));
    render(<EnterpriseHome />);
    const gute = await screen.findByTestId(`my-enterprise-${GUTE_VIEW.id}`);
    expect(within(gute).getByText('经济服务办公室')).toBeTruthy();
    expect(within(gute).getByText('2026年11月16日')).toBeTruthy();
    expect(within(screen.getByTestId('my-enterprise-ent-new')).getByText(/正在核实/)).toBeTruthy();
    const rej = screen.getByTestId('my-enterprise-ent-rej');
    expect(within(rej).getByTestId('reject-reason').textContent).toContain('地址与营业执照不符');
    expect(within(rej).getByRole('button', { name: '修改后重新提交' })).toBeTruthy();
  });
});
