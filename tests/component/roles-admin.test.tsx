import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import RolesAdmin from '../../src/packages/admin/roles/index';
import { action, installFetch, type SeenRequest } from './fake-fetch';
import Taro from './taro-double';

const me = (role: 'district_admin' | 'community_admin') => ({
  openid: 'admin',
  name: '赵强',
  phone: null,
  roles: [
    { role: 'resident', label: '居民', placeName: '湖岛街道', binding: null },
    role === 'district_admin'
      ? { role, label: '街道管理员', placeName: '湖岛街道', binding: { role } }
      : { role, label: '社区管理员', placeName: '宜昌路社区', binding: { role, communityId: 'c-yichang' } },
  ],
});

const invite = (code: string, status: string) => ({
  code,
  role: 'grid_staff',
  roleLabel: '网格员',
  binding: { role: 'grid_staff', branchId: 'b-yc-2' },
  placeName: '万安一路网格党支部',
  note: '',
  status,
  createdAt: '2025-11-26T04:00:00.000Z',
  expiresAt: '2025-11-29T04:00:00.000Z',
  redeemedBy: null,
});

const gridWorker = {
  openid: 'demo-grid-worker',
  name: '刘芳',
  roles: [
    {
      role: 'grid_staff',
      label: '网格员',
      placeName: '万安一路网格党支部',
      binding: { role: 'grid_staff', branchId: 'b-yc-2' },
    },
  ],
};

const bodyOf = (seen: SeenRequest[], name: string) =>
  seen.find((r) => (r.body as { action?: string })?.action === name)?.body;

function world(role: 'district_admin' | 'community_admin') {
  return installFetch(
    action('account', 'me', () => me(role)),
    action('account', 'listInvites', () => [invite('OPENCODE', 'open'), invite('USEDCODE', 'redeemed')]),
    action('account', 'listStaff', () => [
      gridWorker,
      { openid: 'admin', name: '赵强', roles: me(role).roles.filter((r) => r.binding) },
    ]),
    action('account', 'createInvite', (input) => ({ ...invite('NEWCODE2', 'open'), binding: input.binding })),
    action('account', 'revokeInvite', () => invite('OPENCODE', 'revoked')),
    action('account', 'revokeRole', () => ({ revoked: true })),
  );
}

beforeEach(() => saveToken('t'));

describe('角色管理 page', () => {
  it('creates an invite for the chosen role and unit and shows the code', async () => {
    const { seen } = world('district_admin');
    render(<RolesAdmin />);
    fireEvent.click(await screen.findByRole('radio', { name: '红色合伙人' }));
    fireEvent.input(await screen.findByLabelText('合作单位编号'), { target: { value: ' p-jiali ' } });
    fireEvent.click(screen.getByRole('button', { name: '生成邀请码' }));

    expect((await screen.findByTestId('new-invite-code')).textContent).toBe('NEWCODE2');
    expect(bodyOf(seen, 'createInvite')).toEqual({
      action: 'createInvite',
      binding: { role: 'partner_staff', partnerId: 'p-jiali' },
      note: '',
    });
  });

  it('asks for the unit id before calling the server', async () => {
    const { seen } = world('district_admin');
    render(<RolesAdmin />);
    fireEvent.click(await screen.findByRole('button', { name: '生成邀请码' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写网格党支部编号。');
    expect(bodyOf(seen, 'createInvite')).toBeUndefined();
  });

  it('offers a community admin only 网格员', async () => {
    world('community_admin');
    render(<RolesAdmin />);
    expect(await screen.findByRole('radio', { name: '网格员' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: '社区管理员' })).toBeNull();
  });

  it('lists invites with their status; only open ones can be revoked, after confirming', async () => {
    const { seen } = world('district_admin');
    render(<RolesAdmin />);
    expect((await screen.findByTestId('invite-USEDCODE')).textContent).toContain('已使用');
    expect(screen.getByTestId('invite-OPENCODE').textContent).toContain('待使用');
    expect(screen.queryByRole('button', { name: '作废邀请码 USEDCODE' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '作废邀请码 OPENCODE' }));
    await waitFor(() => expect(bodyOf(seen, 'revokeInvite')).toEqual({ action: 'revokeInvite', code: 'OPENCODE' }));
    expect(Taro.showModal).toHaveBeenCalled();
  });

  it('does nothing when the revoke is cancelled', async () => {
    const { seen } = world('district_admin');
    Taro.showModal.mockImplementation(async () => ({ confirm: false, cancel: true }));
    render(<RolesAdmin />);
    fireEvent.click(await screen.findByRole('button', { name: '撤销刘芳的网格员身份' }));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(bodyOf(seen, 'revokeRole')).toBeUndefined();
  });

  it('revokes a staff role with the binding it was granted with', async () => {
    const { seen } = world('district_admin');
    render(<RolesAdmin />);
    fireEvent.click(await screen.findByRole('button', { name: '撤销刘芳的网格员身份' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'revokeRole')).toEqual({
        action: 'revokeRole',
        openid: 'demo-grid-worker',
        binding: { role: 'grid_staff', branchId: 'b-yc-2' },
      }),
    );
  });

  it("offers no 撤销 for the admin's own role", async () => {
    world('district_admin');
    render(<RolesAdmin />);
    expect(await screen.findByRole('button', { name: '撤销刘芳的网格员身份' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText('本人')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /撤销赵强/ })).toBeNull();
  });
});
