import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getToken, safeBack } from '../../src/auth/session';
import Login from '../../src/pages/login/index';
import { get, installFetch, post } from './fake-fetch';
import Taro, { taroDouble } from './taro-double';

const PERSONAS = [
  { id: 'resident', name: '王建华', roleLabel: '居民', description: '住万安一路6号' },
  { id: 'district_admin', name: '赵强', roleLabel: '街道管理员', description: '湖岛街道办事处' },
];

const loginRoute = post('/api/dev/login', (body) => ({
  json: {
    ok: true,
    data: {
      token: `token-for-${String(body.persona ?? body.openid)}`,
      expiresAt: '2999-01-01T00:00:00.000Z',
      user: { openid: 'x', name: 'x' },
    },
  },
}));

describe('login page (H5 demo login)', () => {
  it('lists each persona as a button; tapping one stores the token and opens home', async () => {
    const { seen } = installFetch(get('/api/dev/personas', { ok: true, data: { personas: PERSONAS } }), loginRoute);
    render(<Login />);

    const button = await screen.findByRole('button', { name: '赵强' });
    expect(screen.getByRole('button', { name: '王建华' })).toBeTruthy();
    expect(screen.getByText('街道管理员：湖岛街道办事处')).toBeTruthy();

    fireEvent.click(button);
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' }));
    expect(seen.find((r) => r.url === '/api/dev/login')?.body).toEqual({ persona: 'district_admin' });
    expect(getToken()).toBe('token-for-district_admin');
  });

  it('logs in as a new resident with a typed openid', async () => {
    const { seen } = installFetch(get('/api/dev/personas', { ok: true, data: { personas: PERSONAS } }), loginRoute);
    render(<Login />);
    await screen.findByRole('button', { name: '赵强' });

    const input = await screen.findByLabelText('用户编号（openid）');
    fireEvent.input(input, { target: { value: 'newcomer-7' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalled());
    expect(seen.find((r) => r.url === '/api/dev/login')?.body).toEqual({ openid: 'newcomer-7' });
    expect(getToken()).toBe('token-for-newcomer-7');
  });

  it('shows the server sentence and a retry button when demo login is off', async () => {
    installFetch(get('/api/dev/personas', { ok: false, error: { code: 'NOT_FOUND', message: '演示登录未开启' } }, 404));
    render(<Login />);
    expect(await screen.findByText('演示登录未开启')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('does not store anything when the login reply is not a session', async () => {
    installFetch(
      get('/api/dev/personas', { ok: true, data: { personas: PERSONAS } }),
      post('/api/dev/login', () => ({ json: { errMsg: '暂时不支持 API' } })),
    );
    render(<Login />);
    fireEvent.click(await screen.findByRole('button', { name: '王建华' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(getToken()).toBeNull();
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('goes back to the page that asked for login (a shared link), not home', async () => {
    taroDouble.routerParams = { back: encodeURIComponent('/packages/culture/session/index?id=ses-1') };
    installFetch(get('/api/dev/personas', { ok: true, data: { personas: PERSONAS } }), loginRoute);
    render(<Login />);
    fireEvent.click(await screen.findByRole('button', { name: '王建华' }));
    await waitFor(() =>
      expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/culture/session/index?id=ses-1' }),
    );
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('returns only to pages of this app', () => {
    expect(safeBack('/packages/eldercare/services/index')).toBe('/packages/eldercare/services/index');
    expect(safeBack('https://example.com/x')).toBeNull();
    expect(safeBack('//example.com/pages/x')).toBeNull();
    expect(safeBack('/pages/login/index')).toBeNull();
    expect(safeBack('%E0%A4%A')).toBeNull();
    expect(safeBack(undefined)).toBeNull();
  });
});
