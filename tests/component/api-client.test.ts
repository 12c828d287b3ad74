import { call } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { getToken, saveToken } from '../../src/auth/session';
import { installFetch, type Route } from './fake-fetch';
import Taro from './taro-double';

const anyRequest =
  (reply: ReturnType<Route>): Route =>
  () =>
    reply;

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected the call to fail, it resolved');
}

describe('API client over HTTP (H5)', () => {
  it('posts { action, ...input } with the bearer token and resolves with data', async () => {
    saveToken('tok-123');
    const { seen } = installFetch(anyRequest({ json: { ok: true, data: { unread: 0, messages: [] } } }));
    await expect(call('account', 'inbox', { limit: 5 })).resolves.toEqual({ unread: 0, messages: [] });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/functions/account',
      body: { action: 'inbox', limit: 5 },
    });
    expect(seen[0].headers.Authorization).toBe('Bearer tok-123');
  });

  it('turns an error envelope into an ApiError carrying the server sentence', async () => {
    installFetch(
      anyRequest({
        status: 409,
        json: { ok: false, error: { code: 'FAILED_PRECONDITION', message: '这个邀请码已经用过了' } },
      }),
    );
    const err = await failure(call('account', 'redeemInvite', { code: 'ABCD2345' }));
    expect(err.code).toBe('FAILED_PRECONDITION');
    expect(err.message).toBe('这个邀请码已经用过了');
  });

  it('uses its own sentence when the error envelope has no message', async () => {
    installFetch(anyRequest({ status: 403, json: { ok: false, error: { code: 'PERMISSION_DENIED' } } }));
    const err = await failure(call('account', 'listStaff'));
    expect(err.code).toBe('PERMISSION_DENIED');
    expect(err.message).toBe('您没有权限进行此操作');
  });

  it.each([
    ['the H5 cloud stub fake success', { json: { errMsg: '暂时不支持 API' } }],
    ['null', { text: 'null' }],
    ['ok without data', { json: { ok: true } }],
    ['an HTML page', { status: 200, text: '<!doctype html><html></html>' }],
  ])('rejects %s as BAD_REPLY instead of succeeding', async (_name, reply) => {
    installFetch(anyRequest(reply));
    const err = await failure(call('account', 'me'));
    expect(err.code).toBe('BAD_REPLY');
    expect(err.message).toMatch(/暂时不可用/);
  });

  it('reports a gateway error page as UNAVAILABLE', async () => {
    installFetch(anyRequest({ status: 502, text: '<html>Bad Gateway</html>' }));
    expect((await failure(call('account', 'me'))).code).toBe('UNAVAILABLE');
  });

  it('turns a network failure into NETWORK with a Chinese sentence', async () => {
    installFetch(anyRequest(new TypeError('Failed to fetch')));
    const err = await failure(call('account', 'me'));
    expect(err.code).toBe('NETWORK');
    expect(err.message).toBe('网络连接不上，请检查网络后重试');
  });

  it('on UNAUTHENTICATED clears the token and goes to the login page', async () => {
    saveToken('stale');
    installFetch(
      anyRequest({
        status: 401,
        json: { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } },
      }),
    );
    const err = await failure(call('account', 'me'));
    expect(err.message).toBe('登录已过期，请重新登录');
    expect(getToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('treats an expired session as no token', async () => {
    saveToken('old', new Date(Date.now() - 1000).toISOString());
    const { seen } = installFetch(anyRequest({ json: { ok: true, data: { pong: true, at: 'now' } } }));
    await call('account', 'ping');
    expect(seen[0].headers.Authorization).toBeUndefined();
  });
});

describe('API client in WeChat (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('calls the cloud function with { name, data: { action, ...input } } and never fetch', async () => {
    const { fetchMock } = installFetch();
    Taro.cloud.callFunction.mockResolvedValue({
      result: { ok: true, data: { marked: 1 } },
      errMsg: 'cloud.callFunction:ok',
    });
    await expect(call('account', 'markRead', { ids: ['m1'] })).resolves.toEqual({ marked: 1 });
    expect(Taro.cloud.init).toHaveBeenCalledTimes(1);
    expect(Taro.cloud.callFunction).toHaveBeenCalledWith({
      name: 'account',
      data: { action: 'markRead', ids: ['m1'] },
    });
    expect(fetchMock).not.toHaveBeenCalled();
    await call('account', 'markRead', { ids: ['m2'] });
    expect(Taro.cloud.init).toHaveBeenCalledTimes(1);
  });

  it('rejects a callFunction result that is not an envelope', async () => {
    Taro.cloud.callFunction.mockResolvedValue({ errMsg: '暂时不支持 API' });
    expect((await failure(call('account', 'me'))).code).toBe('BAD_REPLY');
  });

  it('passes the error envelope through and does not redirect to login', async () => {
    Taro.cloud.callFunction.mockResolvedValue({
      result: { ok: false, error: { code: 'UNAUTHENTICATED', message: '无法识别您的身份' } },
    });
    const err = await failure(call('account', 'me'));
    expect(err.message).toBe('无法识别您的身份');
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('turns a rejected callFunction into NETWORK', async () => {
    Taro.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail timeout' });
    expect((await failure(call('account', 'me'))).code).toBe('NETWORK');
  });
});
