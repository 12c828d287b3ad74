import type { ReactNode } from 'react';
import { StaffOnly } from '../../../components/StaffOnly';

/** The direct line's staff: the economic work team, district admins and liaisons (包联干部 and departments); the server checks scope. */
export const REQUEST_STAFF = ['economic_staff', 'district_admin', 'enterprise_liaison'] as const;

export function RequestStaffOnly({ children }: { children: ReactNode }) {
  return <StaffOnly roles={REQUEST_STAFF}>{children}</StaffOnly>;
}
