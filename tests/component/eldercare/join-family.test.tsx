import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import EldercareHome from '../../../src/packages/eldercare/index';
import { action, failing, installFetch } from '../fake-fetch';
import { elder } from './fixtures';

beforeEach(() => saveToken('t'));

const redeems = (seen: Array<{ body: unknown }>) =>
  seen.filter((r) => (r.body as { action?: string })?.action === 'redeemLinkCode').map((r) => r.body);

describe('为老服务: joining as 家属 by a link code', () => {
  it('redeems the code the family gave and shows the elder in the list', async () => {
    let mine: unknown[] = [];
    const { seen } = installFetch(
      action('eldercare', 'myElders', () => mine),
      action('eldercare', 'redeemLinkCode', () => {
        mine = [{ ...elder, relation: '孙辈' }];
        return { elderId: elder.id, elderName: '张德顺', relation: '孙辈' };
      }),
    );
    render(<EldercareHome />);
    expect(await screen.findByText('还没有登记老人。请点下面的“登记老人”。')).toBeTruthy();
    fireEvent.input(await screen.findByLabelText('链接码'), { target: { value: '482913' } });
    fireEvent.click(screen.getByRole('button', { name: '成为家属' }));
    expect((await screen.findByTestId('join-outcome')).textContent).toBe(
      '您已成为张德顺的家属，可以为老人预约服务了。',
    );
    expect(redeems(seen)).toEqual([{ action: 'redeemLinkCode', code: '482913' }]);
    expect(await screen.findByRole('button', { name: '为张德顺预约服务' })).toBeTruthy();
  });

  it('asks for the code when empty, and says plainly when it expired', async () => {
    const { seen } = installFetch(
      action('eldercare', 'myElders', () => []),
      failing('eldercare', 'redeemLinkCode', 'NOT_FOUND', '链接码不对或已过期，请让家人重新生成一个', 404),
    );
    render(<EldercareHome />);
    await screen.findByText('还没有登记老人。请点下面的“登记老人”。');
    fireEvent.click(screen.getByRole('button', { name: '成为家属' }));
    expect((await screen.findByTestId('join-outcome')).textContent).toContain('6 位链接码');
    expect(redeems(seen)).toEqual([]);
    fireEvent.input(await screen.findByLabelText('链接码'), { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: '成为家属' }));
    await waitFor(() => expect(screen.getByTestId('join-outcome').textContent).toContain('已过期'));
  });
});
