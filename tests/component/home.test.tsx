import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import ComingSoon from '../../src/packages/soon/index';
import Home from '../../src/pages/index/index';
import Taro, { taroDouble } from './taro-double';

beforeEach(() => saveToken('t'));

describe('home and the coming-soon page', () => {
  it('shows the three entries as buttons, each opening its page in the subpackage', () => {
    render(<Home />);
    for (const name of ['我要反映', '文化课堂', '为老服务']) expect(screen.getByRole('button', { name: new RegExp(name) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /文化课堂/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/soon/index?feature=culture' });
  });

  it('coming soon says what is coming and leads back home', () => {
    taroDouble.routerParams = { feature: 'eldercare' };
    render(<ComingSoon />);
    expect(screen.getByRole('heading', { level: 1, name: '为老服务即将开通' })).toBeTruthy();
    expect(screen.getByText(/为老服务正在建设中/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('an unknown feature still gets a sentence and the way home', () => {
    taroDouble.routerParams = { feature: 'nope' };
    render(<ComingSoon />);
    expect(screen.getByText(/这项服务正在建设中/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '返回首页' })).toBeTruthy();
  });
});
