import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import { applyCareModeToTabBar } from '../../src/platform/tab-bar';
import { resetCareModeForTests } from '../../src/care/care-mode';
import Home from '../../src/pages/index/index';
import { installFetch } from './fake-fetch';
import { taroDouble } from './taro-double';

beforeEach(() => {
  saveToken('t');
  // 首页's own reads are not under test here: they fail, and each test waits for that to settle.
  installFetch();
});

const settled = () => screen.findByRole('button', { name: '重试' });

describe('大字版 on 首页', () => {
  it('offers 大字版 on first launch; accepting turns care mode on and the offer does not come back', async () => {
    const first = render(<Home />);
    expect(screen.getByTestId('care-offer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '打开大字版' }));
    expect(screen.queryByTestId('care-offer')).toBeNull();
    expect(screen.getByTestId('page-root').className).toMatch(/\bcare\b/);
    expect(screen.getByRole('switch', { name: '大字版' }).getAttribute('aria-checked')).toBe('true');
    await settled();
    first.unmount();

    resetCareModeForTests();
    render(<Home />);
    expect(screen.queryByTestId('care-offer')).toBeNull();
    await settled();
  });

  it('declining keeps normal size and is remembered too', async () => {
    const first = render(<Home />);
    fireEvent.click(screen.getByRole('button', { name: '暂不需要' }));
    expect(screen.queryByTestId('care-offer')).toBeNull();
    expect(screen.getByTestId('page-root').className).not.toMatch(/\bcare\b/);
    await settled();
    first.unmount();
    resetCareModeForTests();
    render(<Home />);
    expect(screen.queryByTestId('care-offer')).toBeNull();
    await settled();
  });

  it('is not offered to someone who already chose with a switch', async () => {
    taroDouble.storage.set('dqej.careMode', 'off');
    render(<Home />);
    expect(screen.queryByTestId('care-offer')).toBeNull();
    await settled();
  });

  it('the switch at the top of 首页 turns care mode on and off', async () => {
    render(<Home />);
    const toggle = screen.getByRole('switch', { name: '大字版' });
    fireEvent.click(toggle);
    expect(screen.getByTestId('page-root').className).toMatch(/\bcare\b/);
    expect(taroDouble.storage.get('dqej.careMode')).toBe('on');
    fireEvent.click(toggle);
    expect(screen.getByTestId('page-root').className).not.toMatch(/\bcare\b/);
    await settled();
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
