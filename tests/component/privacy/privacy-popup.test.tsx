import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { call } from '../../../src/api/client';
import { saveToken } from '../../../src/auth/session';
import { Page } from '../../../src/components/Page';
import Login from '../../../src/pages/login/index';
import {
  answerPrivacyNeed,
  AGREE_BUTTON_ID,
  listenForPrivacyNeeds,
  openPrivacyContract,
} from '../../../src/platform/privacy';
import { askConsent } from '../../../src/privacy/consent';
import { POLICY_VERSION } from '../../../src/privacy/data';
import { action, get, installFetch, post, type Route } from '../fake-fetch';
import Taro from '../taro-double';

const taro = Taro as unknown as Record<string, jest.Mock>;
const loginRoute = post('/api/dev/login', () => ({
  json: {
    ok: true,
    data: { token: 'tok-new', expiresAt: '2999-01-01T00:00:00.000Z', user: { openid: 'x', name: 'x' } },
  },
}));
const me = (needsConsent: boolean) =>
  action('account', 'me', () => ({
    openid: 'x',
    name: '居民',
    phone: null,
    roles: [],
    privacy: { policyVersion: POLICY_VERSION, agreedVersion: null, agreedAt: null, needsConsent },
  }));
const agreeRoute = action('account', 'agreePrivacy', () => ({
  policyVersion: POLICY_VERSION,
  agreedVersion: POLICY_VERSION,
  agreedAt: '2026-11-30T01:00:00.000Z',
  needsConsent: false,
}));

async function loginAsNewcomer(...routes: Route[]) {
  const fetch = installFetch(get('/api/dev/personas', { ok: true, data: { personas: [] } }), loginRoute, ...routes);
  render(<Login />);
  fireEvent.input(await screen.findByLabelText('用户编号（openid）'), { target: { value: 'newcomer-1' } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
  return fetch;
}

describe('the consent step in H5', () => {
  it('the first login shows the popup; 同意 records the current version, then home opens', async () => {
    const { seen } = await loginAsNewcomer(me(true), agreeRoute);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('隐私保护提示');
    expect(Taro.switchTab).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '同意' }));
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' }));
    expect(seen.find((r) => (r.body as { action?: string } | undefined)?.action === 'agreePrivacy')?.body).toEqual({
      action: 'agreePrivacy',
      version: POLICY_VERSION,
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('拒绝 still lets the resident in to browse, and records nothing', async () => {
    const { seen } = await loginAsNewcomer(me(true), agreeRoute);
    fireEvent.click(await screen.findByRole('button', { name: '拒绝' }));
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalled());
    expect(seen.some((r) => (r.body as { action?: string } | undefined)?.action === 'agreePrivacy')).toBe(false);
  });

  it('someone who already agreed goes straight in', async () => {
    await loginAsNewcomer(me(false));
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the popup links to the policy page', async () => {
    installFetch();
    render(
      <Page title="首页" requireLogin={false}>
        x
      </Page>,
    );
    act(() => void askConsent('first_use'));
    fireEvent.click(await screen.findByRole('button', { name: '阅读《隐私政策》全文' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/privacy/policy/index' });
  });
});

describe('an action refused for lack of consent', () => {
  it('asks in the popup and, once agreed, sends the same request again', async () => {
    saveToken('tok-1');
    let consented = false;
    const report: Route = (req) => {
      const body = req.body as { action?: string };
      if (req.url !== '/api/functions/issues' || body.action !== 'report') return undefined;
      return consented
        ? { json: { ok: true, data: { id: 'iss-1' } } }
        : {
            status: 409,
            json: {
              ok: false,
              error: {
                code: 'FAILED_PRECONDITION',
                message: '请先阅读并同意《隐私政策》',
                details: { reason: 'CONSENT_REQUIRED' },
              },
            },
          };
    };
    const agree: Route = (req) => {
      if ((req.body as { action?: string }).action !== 'agreePrivacy') return undefined;
      consented = true;
      return { json: { ok: true, data: {} } };
    };
    const { seen } = installFetch(report, agree);
    render(<Page title="我要反映">form</Page>);

    const sending = call('issues', 'report', {
      requestId: 'r-000001',
      category: 'flyers',
      description: '小广告很多',
      photos: [],
      hideName: false,
    } as never);
    fireEvent.click(await screen.findByRole('button', { name: '同意' }));
    await expect(sending).resolves.toEqual({ id: 'iss-1' });
    expect(seen.filter((r) => (r.body as { action?: string }).action === 'report')).toHaveLength(2);
  });

  it('fails with the clear sentence when the resident refuses', async () => {
    saveToken('tok-1');
    installFetch((req) =>
      (req.body as { action?: string }).action === 'report'
        ? {
            status: 409,
            json: {
              ok: false,
              error: {
                code: 'FAILED_PRECONDITION',
                message: '请先阅读并同意《隐私政策》，同意后才能提交个人信息',
                details: { reason: 'CONSENT_REQUIRED' },
              },
            },
          }
        : undefined,
    );
    render(<Page title="我要反映">form</Page>);
    const sending = call('issues', 'report', {} as never);
    fireEvent.click(await screen.findByRole('button', { name: '拒绝' }));
    await expect(sending).rejects.toThrow('请先阅读并同意《隐私政策》');
  });
});

describe('WeChat privacy authorisation (src/platform/privacy.ts)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    taro.onNeedPrivacyAuthorization = jest.fn();
    taro.openPrivacyContract = jest.fn(async () => ({ errMsg: 'openPrivacyContract:ok' }));
  });

  it('opens the popup when WeChat holds a call, tells WeChat it is shown, and answers agree with the button id', () => {
    const onNeed = jest.fn();
    expect(listenForPrivacyNeeds(onNeed)).toBe(true);
    const resolve = jest.fn();
    const listener = taro.onNeedPrivacyAuthorization.mock.calls[0][0] as (
      r: typeof resolve,
      info: { referrer: string },
    ) => void;
    listener(resolve, { referrer: 'chooseMedia' });
    expect(onNeed).toHaveBeenCalledWith('chooseMedia');
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });

    answerPrivacyNeed('agree');
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    answerPrivacyNeed('disagree');
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('answers disagree when the resident refuses in the popup', async () => {
    listenForPrivacyNeeds(() => void askConsent('wechat'));
    const resolve = jest.fn();
    (taro.onNeedPrivacyAuthorization.mock.calls[0][0] as (r: typeof resolve) => void)(resolve);
    render(
      <Page title="我要反映" requireLogin={false}>
        form
      </Page>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '拒绝' }));
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("the agree button is WeChat's agreePrivacyAuthorization button with the id resolve names", async () => {
    render(
      <Page title="首页" requireLogin={false}>
        x
      </Page>,
    );
    act(() => void askConsent('wechat'));
    const agree = await screen.findByRole('button', { name: '同意' });
    expect(agree.getAttribute('id')).toBe(AGREE_BUTTON_ID);
  });

  it("opens WeChat's own privacy contract page", async () => {
    await expect(openPrivacyContract()).resolves.toBe(true);
    expect(taro.openPrivacyContract).toHaveBeenCalled();
  });

  it('does nothing on clients without the API (and in H5)', async () => {
    delete taro.onNeedPrivacyAuthorization;
    expect(listenForPrivacyNeeds(jest.fn())).toBe(false);
    process.env.TARO_ENV = 'h5';
    await expect(openPrivacyContract()).resolves.toBe(false);
  });
});

describe('a refusal is remembered on the phone', () => {
  it('the next launch does not ask again for the same policy version, but an action that needs consent still does', async () => {
    const { askConsent: ask, settleConsent, resetConsentState } = await import('../../../src/privacy/consent');
    const first = ask('first_use');
    settleConsent(false);
    await expect(first).resolves.toBe(false);
    resetConsentState(); // a new launch: module state is gone, storage stays
    await expect(ask('first_use')).resolves.toBe(false);
    const needed = ask('server');
    settleConsent(true);
    await expect(needed).resolves.toBe(true);
    resetConsentState();
    // Agreed now: the refusal mark is gone, so a future policy version is asked at launch again.
    expect(Taro.getStorageSync('dqej.privacy.refused')).toBe('');
  });
});
