import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import MePage from '../../../src/pages/me/index';
import { action, installFetch } from '../fake-fetch';

beforeEach(() => saveToken('t'));

describe('我的用户编号 on 我的 (for being added as an elder’s 家属)', () => {
  it('shows the number with a copy button that says whether it worked', async () => {
    installFetch(action('account', 'me', () => ({ openid: 'demo-relative', name: '张丽', phone: null, roles: [{ role: 'resident', label: '居民', placeName: '湖岛街道', binding: null }] })));
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<MePage />);
    expect((await screen.findByTestId('my-user-number-value')).textContent).toBe('demo-relative');
    expect(screen.getByText('我的用户编号（家人添加您为老人家属时要用）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '复制用户编号' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/已复制|手动复制/);
  });
});
