/**
 * A small stand-in for @tarojs/taro in component tests (mapped in jest.config.js).
 * It records navigation and keeps storage in memory; tests steer it through `taroDouble`.
 */
import { act } from '@testing-library/react';
import { useEffect, useRef } from 'react';

type AppBaseInfo = { fontSizeScaleFactor?: number; fontSizeSetting?: number; language?: string };

const storage = new Map<string, unknown>();
const showListeners = new Set<() => void>();
/** Page lifecycle hooks a test fires by name, as WeChat would: pull-down refresh, reaching the bottom, the share menu. */
type PageEvent = 'onPullDownRefresh' | 'onReachBottom' | 'onShareAppMessage' | 'onShareTimeline';
const pageListeners: Record<PageEvent, Set<(arg?: unknown) => unknown>> = {
  onPullDownRefresh: new Set(),
  onReachBottom: new Set(),
  onShareAppMessage: new Set(),
  onShareTimeline: new Set(),
};

export const taroDouble = {
  storage,
  routerParams: {} as Record<string, string>,
  appBaseInfo: { language: 'zh_CN' } as AppBaseInfo,
  /** Fires every registered useDidShow callback, as a page coming back to the front would. */
  show(): void {
    showListeners.forEach((fn) => fn());
  },
  /** Fires a page event; returns what the (last) handler returned, e.g. the share content. */
  fire(event: PageEvent, arg?: unknown): unknown {
    let result: unknown;
    act(() => {
      pageListeners[event].forEach((fn) => {
        result = fn(arg);
      });
    });
    return result;
  },
  /** Whether any mounted component listens for the event (WeChat enables pull-down and share per page). */
  listens(event: PageEvent): boolean {
    return pageListeners[event].size > 0;
  },
};

const Taro = {
  getStorageSync: jest.fn((key: string): unknown => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown): void => {
    storage.set(key, value);
  }),
  removeStorageSync: jest.fn((key: string): void => {
    storage.delete(key);
  }),
  reLaunch: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'reLaunch:ok' })),
  switchTab: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'switchTab:ok' })),
  navigateTo: jest.fn(async (_opts: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  navigateBack: jest.fn(async () => ({ errMsg: 'navigateBack:ok' })),
  showToast: jest.fn(async (_opts: { title: string }) => ({ errMsg: 'showToast:ok' })),
  makePhoneCall: jest.fn(async (_opts: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' })),
  showModal: jest.fn(async (_opts: { title?: string; content?: string }) => ({ confirm: true, cancel: false })),
  stopPullDownRefresh: jest.fn(async () => ({ errMsg: 'stopPullDownRefresh:ok' })),
  pageScrollTo: jest.fn(async (_opts: { selector?: string; scrollTop?: number; duration?: number }) => ({
    errMsg: 'pageScrollTo:ok',
  })),
  getAppBaseInfo: jest.fn((): AppBaseInfo => ({ ...taroDouble.appBaseInfo })) as (() => AppBaseInfo) | undefined,
  cloud: {
    init: jest.fn((_opts?: object): void => undefined),
    callFunction: jest.fn(async (_opts: { name: string; data: Record<string, unknown> }): Promise<unknown> => ({
      result: undefined,
    })),
  },
};

const originalGetAppBaseInfo = Taro.getAppBaseInfo;

/** Back to a blank phone: empty storage, normal font, fresh mocks. */
export function resetTaroDouble(): void {
  storage.clear();
  showListeners.clear();
  Object.values(pageListeners).forEach((set) => set.clear());
  taroDouble.routerParams = {};
  taroDouble.appBaseInfo = { language: 'zh_CN' };
  Taro.getAppBaseInfo = originalGetAppBaseInfo;
  for (const fn of [
    Taro.getStorageSync,
    Taro.setStorageSync,
    Taro.removeStorageSync,
    Taro.reLaunch,
    Taro.switchTab,
    Taro.navigateTo,
    Taro.navigateBack,
    Taro.showToast,
    Taro.showModal,
    Taro.stopPullDownRefresh,
    Taro.makePhoneCall,
    Taro.pageScrollTo,
    Taro.cloud.init,
    Taro.cloud.callFunction,
  ]) {
    (fn as jest.Mock).mockClear();
  }
  Taro.showModal.mockImplementation(async () => ({ confirm: true, cancel: false }));
  Taro.makePhoneCall.mockImplementation(async () => ({ errMsg: 'makePhoneCall:ok' }));
  Taro.cloud.callFunction.mockImplementation(async () => ({ result: undefined }));
}

export function useDidShow(callback: () => void): void {
  const ref = useRef(callback);
  ref.current = callback;
  useEffect(() => {
    const listener = () => ref.current();
    showListeners.add(listener);
    // Taro fires onShow right after the first render.
    listener();
    return () => {
      showListeners.delete(listener);
    };
  }, []);
}

function pageHook(event: PageEvent) {
  return function usePageEvent(callback: (arg?: unknown) => unknown): void {
    const ref = useRef(callback);
    ref.current = callback;
    useEffect(() => {
      const listener = (arg?: unknown) => ref.current(arg);
      pageListeners[event].add(listener);
      return () => {
        pageListeners[event].delete(listener);
      };
    }, []);
  };
}

export const usePullDownRefresh = pageHook('onPullDownRefresh');
export const useReachBottom = pageHook('onReachBottom');
export const useShareAppMessage = pageHook('onShareAppMessage');
export const useShareTimeline = pageHook('onShareTimeline');

export function useLaunch(callback: () => void): void {
  // Taro runs the launch callback once; later renders' callbacks are never called.
  const first = useRef(callback);
  useEffect(() => first.current(), []);
}

export function useRouter(): { params: Record<string, string>; path: string } {
  return { params: taroDouble.routerParams, path: '' };
}

export default Taro;
