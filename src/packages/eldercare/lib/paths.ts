/** Page addresses of this subpackage, built in one place so a renamed page breaks the type check, not a tap. */
const ROOT = '/packages/eldercare';
const q = (value: string) => encodeURIComponent(value);

export const PATHS = {
  home: `${ROOT}/index`,
  bookings: `${ROOT}/bookings/index`,
  grid: `${ROOT}/grid/index`,
  partner: `${ROOT}/partner/index`,
  partnerServices: `${ROOT}/partner-services/index`,
  admin: `${ROOT}/admin/index`,
  adminElders: `${ROOT}/admin-elders/index`,
  adminApplications: `${ROOT}/admin-applications/index`,
  adminServices: `${ROOT}/admin-services/index`,
  partnerApply: `${ROOT}/partner-apply/index`,
  guardians: (elderId: string) => `${ROOT}/guardians/index?elderId=${q(elderId)}`,
  /** Add an elder (as a family member, or `grid` for grid staff), or edit one by id. */
  elderForm: (opts: { elderId?: string; grid?: boolean } = {}) =>
    `${ROOT}/elder-form/index${opts.elderId ? `?elderId=${q(opts.elderId)}` : opts.grid ? '?mode=grid' : ''}`,
  services: (elderId: string) => `${ROOT}/services/index?elderId=${q(elderId)}`,
  book: (elderId: string, serviceId: string) => `${ROOT}/book/index?elderId=${q(elderId)}&serviceId=${q(serviceId)}`,
  booking: (id: string) => `${ROOT}/booking/index?id=${q(id)}`,
  partnerBooking: (id: string) => `${ROOT}/partner-booking/index?id=${q(id)}`,
  partnerWindows: (serviceId: string) => `${ROOT}/partner-windows/index?serviceId=${q(serviceId)}`,
};
