import { render, screen } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import MePage from '../../../src/pages/me/index';
import { action, installFetch } from '../fake-fetch';

beforeEach(() => saveToken('t'));

describe('我的 shows no raw user id', () => {
  it('a resident sees their name and roles, never their openid (family links use one-time codes now)', async () => {
    installFetch(
      action('account', 'me', () => ({
        openid: 'demo-relative',
        name: '张丽',
        phone: null,
        roles: [{ role: 'resident', label: '居民', placeName: '湖岛街道', binding: null }],
      })),
    );
    render(<MePage />);
    expect(await screen.findByRole('heading', { level: 2, name: '张丽' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('demo-relative');
    expect(screen.queryByText(/用户编号/)).toBeNull();
  });
});
