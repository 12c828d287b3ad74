import { wxApiNames } from './wx-api-names';

/** What the double needs from the simulated app: page navigation and a back end. */
export interface WxHost {
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): Promise<void>;
  navigateBack(delta: number): Promise<void>;
  /** The cloud function's return value (the envelope), as `wx.cloud.callFunction` resolves it under `result`. */
  callFunction(name: string, data: unknown): Promise<unknown>;
}

/** Everything the app asked of WeChat, for assertions and for the failure message of a test. */
export interface WxRecord {
  calls: string[];
  /** APIs the app called that the double does not act out (they fail, as on a device without them). */
  unimplemented: string[];
  toasts: string[];
  modals: { title?: string; content?: string }[];
}

type Options = {
  success?: (res: unknown) => void;
  fail?: (err: unknown) => void;
  complete?: (res: unknown) => void;
  [key: string]: unknown;
};
type Impl = (options: Options) => unknown | Promise<unknown>;

const WINDOW = {
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 724,
  statusBarHeight: 44,
  safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 },
  screenTop: 0,
};
const DEVICE = { brand: 'devtools', model: 'iPhone X', system: 'iOS 16.0', platform: 'devtools', benchmarkLevel: 1 };
const BASE = {
  SDKVersion: '3.7.0',
  version: '8.0.50',
  language: 'zh_CN',
  theme: 'light',
  enableDebug: false,
  fontSizeSetting: 16,
};

/**
 * A `wx` object with a key for every API WeChat has (so Taro wraps them all, as
 * on a phone). The ones this app's journeys need are acted out: storage in
 * memory, navigation through the simulated page stack, `wx.cloud.callFunction`
 * against a real local runtime, toasts and modals recorded (a modal is
 * confirmed), settings and privacy already agreed, share menus and the clipboard
 * accepted. Every other API records the call and fails with an errMsg, as an
 * API missing on a device would: the app must cope, and the test can see it.
 */
export function createWxDouble(host: WxHost): { wx: Record<string, unknown>; record: WxRecord } {
  const record: WxRecord = { calls: [], unimplemented: [], toasts: [], modals: [] };
  const storage = new Map<string, unknown>();

  /** WeChat's convention: callbacks when given, and a promise as well. */
  const asyncApi =
    (name: string, impl: Impl) =>
    (options: Options = {}) => {
      record.calls.push(name);
      const promise = Promise.resolve()
        .then(() => impl(options))
        .then((res) => ({ errMsg: `${name}:ok`, ...(res as object) }));
      promise.then(
        (res) => {
          options.success?.(res);
          options.complete?.(res);
        },
        (err: unknown) => {
          const res = { errMsg: `${name}:fail ${err instanceof Error ? err.message : String(err)}` };
          options.fail?.(res);
          options.complete?.(res);
        },
      );
      // Without callbacks WeChat returns a promise; with them the caller does not look at the return value.
      return options.success || options.fail || options.complete ? undefined : promise;
    };
  const syncApi =
    (name: string, impl: (...args: any[]) => unknown) =>
    (...args: any[]) => {
      record.calls.push(name);
      return impl(...args);
    };
  const noop = (name: string) => syncApi(name, () => undefined);

  const acted: Record<string, unknown> = {
    // Storage, in memory.
    getStorageSync: syncApi('getStorageSync', (key: string) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: syncApi('setStorageSync', (key: string, value: unknown) => void storage.set(key, value)),
    removeStorageSync: syncApi('removeStorageSync', (key: string) => void storage.delete(key)),
    clearStorageSync: syncApi('clearStorageSync', () => storage.clear()),
    getStorageInfoSync: syncApi('getStorageInfoSync', () => ({
      keys: [...storage.keys()],
      currentSize: 0,
      limitSize: 10240,
    })),
    getStorage: asyncApi('getStorage', ({ key }) => {
      if (!storage.has(key as string)) throw new Error('data not found');
      return { data: storage.get(key as string) };
    }),
    setStorage: asyncApi('setStorage', ({ key, data }) => void storage.set(key as string, data)),
    removeStorage: asyncApi('removeStorage', ({ key }) => void storage.delete(key as string)),
    // The device.
    getSystemInfoSync: syncApi('getSystemInfoSync', () => ({ ...WINDOW, ...DEVICE, ...BASE })),
    getSystemInfo: asyncApi('getSystemInfo', () => ({ ...WINDOW, ...DEVICE, ...BASE })),
    getSystemInfoAsync: asyncApi('getSystemInfoAsync', () => ({ ...WINDOW, ...DEVICE, ...BASE })),
    getWindowInfo: syncApi('getWindowInfo', () => ({ ...WINDOW })),
    getDeviceInfo: syncApi('getDeviceInfo', () => ({ ...DEVICE })),
    getAppBaseInfo: syncApi('getAppBaseInfo', () => ({ ...BASE })),
    getSystemSetting: syncApi('getSystemSetting', () => ({
      bluetoothEnabled: false,
      locationEnabled: true,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    })),
    getAccountInfoSync: syncApi('getAccountInfoSync', () => ({
      miniProgram: { appId: 'wx-test', envVersion: 'develop', version: '' },
    })),
    getLaunchOptionsSync: syncApi('getLaunchOptionsSync', () => ({
      path: 'pages/index/index',
      query: {},
      scene: 1001,
      referrerInfo: {},
    })),
    getEnterOptionsSync: syncApi('getEnterOptionsSync', () => ({
      path: 'pages/index/index',
      query: {},
      scene: 1001,
      referrerInfo: {},
    })),
    getMenuButtonBoundingClientRect: syncApi('getMenuButtonBoundingClientRect', () => ({
      width: 87,
      height: 32,
      top: 48,
      right: 368,
      bottom: 80,
      left: 281,
    })),
    canIUse: syncApi('canIUse', (schema: string) => typeof acted[schema.split('.')[0]] === 'function'),
    nextTick: syncApi('nextTick', (fn: () => void) => void setTimeout(fn, 0)),
    // Feedback, recorded so tests can read what the user was told.
    showToast: asyncApi('showToast', ({ title }) => void record.toasts.push(String(title ?? ''))),
    hideToast: asyncApi('hideToast', () => undefined),
    showLoading: asyncApi('showLoading', () => undefined),
    hideLoading: asyncApi('hideLoading', () => undefined),
    showModal: asyncApi('showModal', ({ title, content }) => {
      record.modals.push({ title: title as string | undefined, content: content as string | undefined });
      return { confirm: true, cancel: false };
    }),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', () => undefined),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => undefined),
    startPullDownRefresh: asyncApi('startPullDownRefresh', () => undefined),
    // Navigation, through the simulated page stack.
    navigateTo: asyncApi('navigateTo', ({ url }) => host.navigate('navigateTo', String(url))),
    redirectTo: asyncApi('redirectTo', ({ url }) => host.navigate('redirectTo', String(url))),
    switchTab: asyncApi('switchTab', ({ url }) => host.navigate('switchTab', String(url))),
    reLaunch: asyncApi('reLaunch', ({ url }) => host.navigate('reLaunch', String(url))),
    navigateBack: asyncApi('navigateBack', ({ delta }) => host.navigateBack(Number(delta ?? 1))),
    // Settings and privacy: nothing refused, no privacy prompt pending (a phone that already agreed);
    // subscription requests are declined, the choice that must never block the action that asked.
    getSetting: asyncApi('getSetting', () => ({ authSetting: {}, subscriptionsSetting: { mainSwitch: true } })),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: false,
      privacyContractName: '《党群e家隐私保护指引》',
    })),
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize', () => undefined),
    requestSubscribeMessage: asyncApi('requestSubscribeMessage', ({ tmplIds }) =>
      Object.fromEntries(((tmplIds as string[] | undefined) ?? []).map((id) => [id, 'reject'])),
    ),
    showShareMenu: asyncApi('showShareMenu', () => undefined),
    hideShareMenu: asyncApi('hideShareMenu', () => undefined),
    updateShareMenu: asyncApi('updateShareMenu', () => undefined),
    pageScrollTo: asyncApi('pageScrollTo', () => undefined),
    setClipboardData: asyncApi('setClipboardData', () => undefined),
    // The app listens for these; nothing here ever fires them.
    onAppShow: noop('onAppShow'),
    onAppHide: noop('onAppHide'),
    offAppShow: noop('offAppShow'),
    offAppHide: noop('offAppHide'),
    onError: noop('onError'),
    onUnhandledRejection: noop('onUnhandledRejection'),
    onPageNotFound: noop('onPageNotFound'),
    onWindowResize: noop('onWindowResize'),
    offWindowResize: noop('offWindowResize'),
    onNeedPrivacyAuthorization: noop('onNeedPrivacyAuthorization'),
    onMemoryWarning: noop('onMemoryWarning'),
    // CloudBase: the function runs in the local runtime, as the test's chosen persona.
    cloud: {
      init: noop('cloud.init'),
      callFunction: asyncApi('cloud.callFunction', async ({ name, data }) => ({
        result: await host.callFunction(String(name), data),
      })),
    },
  };

  const wx: Record<string, unknown> = {};
  for (const name of wxApiNames()) {
    if (name in acted) {
      wx[name] = acted[name];
    } else if (/Sync$|^create|^get\w*Manager$|^on|^off/.test(name)) {
      wx[name] = syncApi(name, () => {
        record.unimplemented.push(name);
        return undefined;
      });
    } else {
      wx[name] = asyncApi(name, () => {
        record.unimplemented.push(name);
        throw new Error('not available in the weapp test');
      });
    }
  }
  // A key the typings lack would be a typo in this file: refuse it rather than add an API WeChat does not have.
  for (const name of Object.keys(acted)) {
    if (!(name in wx)) throw new Error(`wx.${name} is not a WeChat API (miniprogram-api-typings)`);
  }
  return { wx, record };
}
