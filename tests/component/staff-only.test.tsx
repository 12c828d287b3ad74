import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import RolesAdmin from '../../src/packages/admin/roles/index';
import PartnerWindows from '../../src/packages/eldercare/partner-windows/index';
import Workbench from '../../src/packages/workbench/index';
import { action, installFetch } from './fake-fetch';
import Taro, { taroDouble } from './taro-double';

const residentMe = {
  openid: 'demo-resident',
  name: '王建华',
  phone: null,
  roles: [{ role: 'resident', label: '居民', placeName: '湖岛街道', binding: null }],
};

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { serviceId: 'svc-jiali-haircut' };
});

describe('a staff page opened by a resident', () => {
  it.each([
    ['诉求工作台', Workbench],
    ['角色管理', RolesAdmin],
    ['时段和名额', PartnerWindows],
  ])('%s says it is for staff, offers 返回首页 and nothing else', async (_name, Screen) => {
    const { seen } = installFetch(action('account', 'me', () => residentMe));
    render(<Screen />);
    const notice = await screen.findByTestId('staff-only');
    expect(notice.textContent).toContain('工作人员');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['返回首页']);
    // The page's own data is never asked for: nothing to refuse, nothing half-shown.
    expect(seen.map((r) => (r.body as { action?: string }).action)).toEqual(['me']);
    fireEvent.click(within(notice).getByRole('button', { name: '返回首页' }));
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' }));
  });

  it('shows the page itself to someone holding the role', async () => {
    installFetch(
      action('account', 'me', () => ({
        ...residentMe,
        roles: [
          ...residentMe.roles,
          {
            role: 'partner_staff',
            label: '红色合伙人',
            placeName: '佳丽理发店',
            binding: { role: 'partner_staff', partnerId: 'p-jiali' },
          },
        ],
      })),
      action('eldercare', 'partnerServices', () => []),
      action('eldercare', 'partnerWindows', () => []),
    );
    render(<PartnerWindows />);
    expect(await screen.findByText('最近四周还没有时段，请在下面增加。')).toBeTruthy();
    expect(screen.queryByTestId('staff-only')).toBeNull();
  });
});
