import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import Invite from '../../../src/packages/enterprise/invite/index';
import { action, failing, installFetch } from '../fake-fetch';
import { resetTaroDouble, taroDouble } from '../taro-double';
import { GUTE_VIEW } from './fixtures';

beforeEach(() => {
  resetTaroDouble();
  saveToken('t');
  taroDouble.routerParams = { id: GUTE_VIEW.id };
});

describe('邀请同事 page (a contact)', () => {
  it('makes a code and lists it beside the enterprise’s contacts', async () => {
    let codes: Array<{
      code: string;
      enterpriseId: string;
      enterpriseName: string;
      expiresAt: string;
      status: string;
    }> = [];
    installFetch(
      action('enterprise', 'contacts', () => [
        {
          name: '马晓东',
          phone: '13800000009',
          joinedVia: 'registration',
          joinedAt: '2026-11-01T02:00:00.000Z',
          isMe: true,
        },
      ]),
      action('enterprise', 'invites', () => codes),
      action('enterprise', 'createInvite', () => {
        codes = [
          {
            code: 'K7PM3QXA',
            enterpriseId: GUTE_VIEW.id,
            enterpriseName: GUTE_VIEW.name,
            expiresAt: '2026-11-29T02:00:00.000Z',
            status: 'open',
          },
        ];
        return codes[0];
      }),
    );
    render(<Invite />);
    expect((await screen.findByTestId('contact')).textContent).toContain('马晓东（我）');
    fireEvent.click(screen.getByRole('button', { name: '生成邀请码' }));
    expect((await screen.findByRole('status')).textContent).toContain('邀请码已生成');
    expect((await screen.findByTestId('invite-code')).textContent).toContain('K7PM3QXA');
  });

  it('says why the last contact cannot leave', async () => {
    installFetch(
      action('enterprise', 'contacts', () => []),
      action('enterprise', 'invites', () => []),
      failing('enterprise', 'leave', 'FAILED_PRECONDITION', '企业至少要保留一位联系人', 409),
    );
    render(<Invite />);
    fireEvent.click(await screen.findByRole('button', { name: '我不再代表这家企业' }));
    expect((await screen.findByRole('alert')).textContent).toContain('至少要保留一位联系人');
  });
});
