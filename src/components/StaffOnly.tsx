import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { RoleView } from '../api/types';
import { HOME_PAGE } from '../auth/session';
import { useMe } from '../hooks/use-me';
import { go } from '../utils/nav';
import { Btn } from './Btn';
import { Page } from './Page';
import { StatusView } from './StatusView';

type StaffRole = Exclude<RoleView['role'], 'resident'>;

/** Who may open which staff pages; the server checks the same roles on every call. */
export const STAFF_PAGES = {
  issues: ['grid_staff', 'community_admin', 'district_admin'],
  admins: ['community_admin', 'district_admin'],
  district: ['district_admin'],
  grid: ['grid_staff'],
  partner: ['partner_staff'],
  partnerOrDistrict: ['partner_staff', 'district_admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

/**
 * What someone sees on a staff page that is not theirs (a resident following
 * a shared link, a role just revoked): what the page is for and the way home,
 * nothing else — no retry that cannot help, no buttons that would be refused.
 */
export function StaffOnlyNotice() {
  return (
    <View className="status" {...{ role: 'alert' }} data-testid="staff-only">
      <View className="status__text">这个页面是给社区、网格和合作单位的工作人员用的。您要办的事，可以从首页进入。</View>
      <Btn kind="primary" onClick={() => go(HOME_PAGE)}>
        返回首页
      </Btn>
    </View>
  );
}

/**
 * The guard of every staff, partner and admin page: the page itself (and its
 * data loading) runs only for someone holding one of `roles`.
 */
export function StaffOnly({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const me = useMe();
  const allowed = me.data?.roles.some((r) => (roles as readonly string[]).includes(r.role)) ?? false;
  if (me.data && allowed) return <>{children}</>;
  return (
    <Page title="工作人员专用">
      <StatusView loading={me.loading && !me.data} error={me.error} onRetry={me.reload}>
        <StaffOnlyNotice />
      </StatusView>
    </Page>
  );
}
