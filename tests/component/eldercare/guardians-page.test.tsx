import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import Guardians from '../../../src/packages/eldercare/guardians/index';
import { action, failing, installFetch } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { elder, ZHANG } from './fixtures';

const me = { openid: 'demo-relative', name: '张丽', relation: '子女', isMe: true, addedAt: '2026-10-01T00:00:00.000Z' };
const brother = {
  openid: 'demo-brother',
  name: '张强',
  relation: '子女',
  isMe: false,
  addedAt: '2026-10-02T00:00:00.000Z',
};

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { elderId: ZHANG };
});

describe('家属 page', () => {
  it('lists the family as a list with headings, and makes a link code with QR for the chosen relation', async () => {
    const { seen } = installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'listGuardians', () => [me]),
      action('eldercare', 'createLinkCode', () => ({
        code: '482913',
        qr: 'dqej-family:482913',
        expiresAt: '2026-11-26T02:30:00.000Z',
        minutes: 30,
      })),
    );
    render(<Guardians />);
    expect(await screen.findByText('张丽（您）')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '现在的家属' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '添加家属' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByLabelText('对方的用户编号')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: '配偶' }));
    fireEvent.click(screen.getByRole('button', { name: '生成链接码' }));
    expect((await screen.findByTestId('link-code')).textContent).toBe('482913');
    expect(seen.find((r) => (r.body as { action?: string }).action === 'createLinkCode')?.body).toMatchObject({
      elderId: ZHANG,
      relation: '配偶',
    });
    const qr = await screen.findByRole('img', { name: '加入张德顺家属的二维码' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    expect(screen.getByTestId('link-code-card').textContent).toContain('30 分钟内有效');
    expect(screen.getByRole('button', { name: '重新生成链接码' })).toBeTruthy();
  });

  it('says why when no code can be made', async () => {
    installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'listGuardians', () => [me]),
      failing('eldercare', 'createLinkCode', 'RESOURCE_EXHAUSTED', '每位老人最多登记 10 位家属', 429),
    );
    render(<Guardians />);
    await screen.findByText('张丽（您）');
    fireEvent.click(screen.getByRole('button', { name: '生成链接码' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('最多登记 10 位家属'));
    expect(screen.queryByTestId('link-code')).toBeNull();
  });

  it('removes another guardian after a confirm step, and leaving oneself ends on a way back', async () => {
    let rows = [me, brother];
    installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'listGuardians', () => rows),
      action('eldercare', 'removeGuardian', (input) => {
        rows = rows.filter((g) => g.openid !== input.openid);
        return { removed: true };
      }),
    );
    render(<Guardians />);
    fireEvent.click(await screen.findByRole('button', { name: '移除张强' }));
    fireEvent.click(screen.getByRole('button', { name: '确认移除' }));
    expect((await screen.findByRole('status')).textContent).toContain('已移除张强');
    await waitFor(() => expect(screen.queryByText('张强')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '我不再照看这位老人' }));
    fireEvent.click(screen.getByRole('button', { name: '确认移除' }));
    expect((await screen.findByRole('status')).textContent).toContain('您已不再是这位老人的家属');
    fireEvent.click(screen.getByRole('button', { name: '返回为老服务' }));
    // replace(): redirectTo where the platform has it, else navigateTo (the double has only the latter).
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/eldercare/index' }));
  });

  it('shows an error with a retry when the list cannot load', async () => {
    installFetch(
      action('eldercare', 'getElder', () => elder),
      failing('eldercare', 'listGuardians', 'INTERNAL', 'x', 500),
    );
    render(<Guardians />);
    expect(await screen.findByRole('button', { name: /重试|再试/ })).toBeTruthy();
  });
});
