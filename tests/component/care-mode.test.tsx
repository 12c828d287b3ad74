import { act, fireEvent, render, screen } from '@testing-library/react';
import { getCareState, refreshCareMode, resetCareModeForTests } from '../../src/care/care-mode';
import { CareModeSwitch } from '../../src/components/CareModeSwitch';
import { saveToken } from '../../src/auth/session';
import { Page } from '../../src/components/Page';
import { readFontScale, systemWantsLargeText } from '../../src/platform/font-setting';
import Taro, { taroDouble } from './taro-double';

describe('font setting (the one reader of Taro.getAppBaseInfo)', () => {
  it('reads fontSizeScaleFactor; a large WeChat font turns care mode on', () => {
    taroDouble.appBaseInfo = { fontSizeScaleFactor: 1.3 };
    expect(readFontScale()).toBe(1.3);
    expect(systemWantsLargeText()).toBe(true);
    expect(getCareState()).toEqual({ on: true, system: true, manual: null });
  });

  it('falls back to fontSizeSetting (px against the standard 16) when the factor is absent', () => {
    taroDouble.appBaseInfo = { fontSizeSetting: 20 };
    expect(readFontScale()).toBe(1.25);
    expect(getCareState().on).toBe(true);
  });

  it('a standard font leaves care mode off', () => {
    taroDouble.appBaseInfo = { fontSizeScaleFactor: 1, fontSizeSetting: 16 };
    expect(systemWantsLargeText()).toBe(false);
    expect(getCareState().on).toBe(false);
  });

  it('missing API (H5, old base library) means scale 1 and care mode off', () => {
    Taro.getAppBaseInfo = undefined;
    expect(readFontScale()).toBe(1);
    expect(getCareState().on).toBe(false);
  });

  it('an API that returns nothing useful or throws also means off', () => {
    taroDouble.appBaseInfo = { language: 'zh_CN' };
    expect(readFontScale()).toBe(1);
    Taro.getAppBaseInfo = () => {
      throw new Error('not supported');
    };
    expect(readFontScale()).toBe(1);
  });

  it('refreshCareMode picks up a font change made while the app was hidden', () => {
    expect(getCareState().on).toBe(false);
    taroDouble.appBaseInfo = { fontSizeScaleFactor: 1.4 };
    refreshCareMode();
    expect(getCareState().on).toBe(true);
  });
});

describe('care-mode switch', () => {
  beforeEach(() => saveToken('t'));

  function renderPage() {
    return render(
      <Page title="我的">
        <CareModeSwitch />
      </Page>,
    );
  }

  it('toggles the page root class `care`, reports aria-checked and persists the choice', () => {
    renderPage();
    const root = screen.getByTestId('page-root');
    const toggle = screen.getByRole('switch', { name: '关怀模式' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(root.className).not.toMatch(/\bcare\b/);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(root.className).toMatch(/\bcare\b/);
    expect(taroDouble.storage.get('dqej.careMode')).toBe('on');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(root.className).not.toMatch(/\bcare\b/);
    expect(taroDouble.storage.get('dqej.careMode')).toBe('off');
  });

  it('the stored choice survives a restart', () => {
    taroDouble.storage.set('dqej.careMode', 'on');
    renderPage();
    expect(screen.getByTestId('page-root').className).toMatch(/\bcare\b/);
  });

  it('switching off overrides a large WeChat font', () => {
    taroDouble.appBaseInfo = { fontSizeScaleFactor: 1.3 };
    renderPage();
    const toggle = screen.getByRole('switch', { name: '关怀模式' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.getByTestId('page-root').className).not.toMatch(/\bcare\b/);
    // Still off after a restart, although the font is large.
    resetCareModeForTests();
    act(() => refreshCareMode());
    expect(getCareState()).toEqual({ on: false, system: true, manual: 'off' });
  });

  it('answers Enter like a tap (keyboard users in the browser)', () => {
    renderPage();
    const toggle = screen.getByRole('switch', { name: '关怀模式' });
    fireEvent.keyDown(toggle, { key: 'Enter' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });
});
