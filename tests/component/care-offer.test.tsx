import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import { applyCareModeToTabBar } from '../../src/platform/tab-bar';
import { resetCareModeForTests } from '../../src/care/care-mode';
import Home from '../../src/pages/index/index';
import { taroDouble } from './taro-double';

beforeEach(() => saveToken('t'));

describe('大字版 on 首页', () => {
  it('offers 大字版 on first launch; accepting turns care mode on and the offer does not come back', () => {
    const first = render(<Home />);
    expect(screen.getByTestId('care-offer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '打开大字版' }));
    expect(screen.queryByTestId('care-offer')).toBeNull();
    expect(screen.getByTestId('page-root').className).toMatch(/\bcare\b/);
    expect(screen.getByRole('switch', { name: '大字版' }).getAttribute('aria-checked')).toBe('true');
    first.unmount();

    resetCareModeForTests();
    render(<Home />);
    expect(screen.queryByTestId('care-offer')).toBeNull();
  });

  it('declining keeps normal size and is remembered too', () => {
    const first = render(<Home />);
    fireEvent.click(screen.getByRole('button', { name: '暂不需要' }));
    expect(screen.queryByTestId('care-offer')).toBeNull();
    expect(screen.getByTestId('page-root').className).not.toMatch(/\bcare\b/);
    first.unmount();
    resetCareModeForTests();
    render(<Home />);
    expect(screen.queryByTestId('care-offer')).toBeNull();
  });

  it('is not offered to someone who already chose with a switch', () => {
    taroDouble.storage.set('dqej.careMode', 'off');
    render(<Home />);
    expect(screen.queryByTestId('care-offer')).toBeNull();
  });

  it('the switch at the top of 首页 turns care mode on and off', () => {
    render(<Home />);
    const toggle = screen.getByRole('switch', { name: '大字版' });
    fireEvent.click(toggle);
    expect(screen.getByTestId('page-root').className).toMatch(/\bcare\b/);
    expect(taroDouble.storage.get('dqej.careMode')).toBe('on');
    fireEvent.click(toggle);
    expect(screen.getByTestId('page-root').className).not.toMatch(/\bcare\b/);
  });
});

describe('tab bar in care mode (H5)', () => {
  it('marks the body so the H5 tab bar grows with care mode', () => {
    applyCareModeToTabBar(true);
    expect(document.body.classList.contains('care-tabbar')).toBe(true);
    applyCareModeToTabBar(false);
    expect(document.body.classList.contains('care-tabbar')).toBe(false);
  });

  it('leaves WeChat alone: its native tab bar follows the WeChat font setting', () => {
    process.env.TARO_ENV = 'weapp';
    applyCareModeToTabBar(true);
    expect(document.body.classList.contains('care-tabbar')).toBe(false);
  });
});
