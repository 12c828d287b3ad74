import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import MePage from '../../src/pages/me/index';
import { action, failing, installFetch } from './fake-fetch';
import Taro from './taro-double';

const resident = {
  openid: 'demo-resident',
  name: '王建华',
  phone: null,
  roles: [{ role: 'resident', label: '居民', placeName: '湖岛街道', binding: null }],
};

const communityAdmin = {
  openid: 'demo-community-admin',
  name: '陈明',
  phone: null,
  roles: [
    { role: 'resident', label: '居民', placeName: '湖岛街道', binding: null },
    {
      role: 'community_admin',
      label: '社区管理员',
      placeName: '宜昌路社区',
      binding: { role: 'community_admin', communityId: 'c-yichang' },
    },
  ],
};

beforeEach(() => saveToken('t'));

describe('我的 page', () => {
  it('shows the name and every role with its place; admins get the 角色管理 entry', async () => {
    installFetch(action('account', 'me', () => communityAdmin));
    render(<MePage />);
    expect(await screen.findByRole('heading', { level: 2, name: '陈明' })).toBeTruthy();
    const roles = within(screen.getByTestId('my-roles'));
    expect(roles.getByText('居民 · 湖岛街道')).toBeTruthy();
    expect(roles.getByText('社区管理员 · 宜昌路社区')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '角色管理' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/roles/index' });
  });

  it('has no 角色管理 entry for a resident, but the care switch and invite form', async () => {
    installFetch(action('account', 'me', () => resident));
    render(<MePage />);
    expect(await screen.findByText('居民 · 湖岛街道')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '角色管理' })).toBeNull();
    expect(screen.getByRole('switch', { name: '关怀模式' })).toBeTruthy();
    expect(await screen.findByLabelText('邀请码')).toBeTruthy();
  });

  it('shows a load failure in words with a retry that loads again', async () => {
    let calls = 0;
    installFetch((req) => {
      if (req.url !== '/api/functions/account') return undefined;
      calls++;
      return calls === 1 ? new TypeError('offline') : { json: { ok: true, data: resident } };
    });
    render(<MePage />);
    expect(await screen.findByText('网络连接不上，请检查网络后重试')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('居民 · 湖岛街道')).toBeTruthy();
  });

  it('redeems an invite code, then shows the new role', async () => {
    let me: typeof resident | typeof communityAdmin = resident;
    const { seen } = installFetch(
      action('account', 'me', () => me),
      action('account', 'redeemInvite', () => {
        me = communityAdmin;
        return { binding: communityAdmin.roles[1].binding, placeName: '宜昌路社区', roleLabel: '社区管理员' };
      }),
    );
    render(<MePage />);
    await screen.findByText('居民 · 湖岛街道');
    fireEvent.input(await screen.findByLabelText('邀请码'), { target: { value: 'abcd 2345' } });
    fireEvent.click(screen.getByRole('button', { name: '使用邀请码' }));

    expect(await screen.findByText('已开通：宜昌路社区的社区管理员。')).toBeTruthy();
    expect(seen.find((r) => (r.body as { action?: string })?.action === 'redeemInvite')?.body).toEqual({
      action: 'redeemInvite',
      code: 'abcd2345',
    });
    expect(await screen.findByText('社区管理员 · 宜昌路社区')).toBeTruthy();
  });

  it('shows why a code was refused', async () => {
    installFetch(
      action('account', 'me', () => resident),
      failing('account', 'redeemInvite', 'FAILED_PRECONDITION', '这个邀请码已过期，请向管理员重新申请', 409),
    );
    render(<MePage />);
    await screen.findByText('居民 · 湖岛街道');
    fireEvent.input(await screen.findByLabelText('邀请码'), { target: { value: 'ABCD2345' } });
    fireEvent.click(screen.getByRole('button', { name: '使用邀请码' }));
    expect(await screen.findByText('这个邀请码已过期，请向管理员重新申请')).toBeTruthy();
  });

  it('logs out in H5: token gone, back to login', async () => {
    installFetch(action('account', 'me', () => resident));
    render(<MePage />);
    await screen.findByText('居民 · 湖岛街道');
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }));
  });
});
