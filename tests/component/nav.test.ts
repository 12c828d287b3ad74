import { back, backTo, go, replace } from '../../src/utils/nav';
import Taro from './taro-double';

type Extra = typeof Taro & { redirectTo?: jest.Mock; getCurrentPages?: jest.Mock };
const taro = Taro as Extra;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  taro.redirectTo = jest.fn(async () => ({ errMsg: 'redirectTo:ok' }));
  taro.getCurrentPages = jest.fn(() => []);
});
afterEach(() => {
  delete taro.redirectTo;
  delete taro.getCurrentPages;
});

describe('page navigation', () => {
  it('opens tab pages with switchTab, which is the only way WeChat allows', () => {
    go('/pages/me/index');
    replace('/pages/index/index');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('replaces the page when the stack is full instead of leaving the tap dead', async () => {
    Taro.navigateTo.mockImplementationOnce(async () => {
      throw new Error('navigateTo:fail webview count limit exceed');
    });
    go('/packages/culture/session/index?id=s1');
    await flush();
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/culture/session/index?id=s1' });
  });

  it('goes back when the target is underneath, and opens it otherwise', async () => {
    taro.getCurrentPages!.mockReturnValue([
      { route: 'packages/culture/session/index', options: { id: 's1' } },
      { route: 'packages/culture/roster/index' },
    ]);
    backTo('/packages/culture/session/index?id=s1');
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1);
    backTo('/packages/culture/session/index?id=s2');
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/culture/session/index?id=s2' });
  });

  it('falls back to a page when there is nothing to go back to (opened from a message)', () => {
    back('/packages/eldercare/index');
    expect(Taro.navigateBack).not.toHaveBeenCalled();
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/eldercare/index' });
  });
});
