import { render, screen } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import { Page } from '../../src/components/Page';
import Taro from './taro-double';

describe('Page wrapper', () => {
  it('in H5 without a session sends the visitor to the login page instead of rendering the content', () => {
    render(
      <Page title="消息">
        <span>secret inbox</span>
      </Page>,
    );
    expect(screen.queryByText('secret inbox')).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('renders content and a level-1 heading with a session', () => {
    saveToken('t');
    render(
      <Page title="消息">
        <span>inbox</span>
      </Page>,
    );
    expect(screen.getByText('inbox')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '消息' })).toBeTruthy();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('never redirects in WeChat, where identity comes from the platform', () => {
    process.env.TARO_ENV = 'weapp';
    render(
      <Page title="消息">
        <span>inbox</span>
      </Page>,
    );
    expect(screen.getByText('inbox')).toBeTruthy();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });
});
