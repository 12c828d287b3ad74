/** Page addresses of this subpackage, built in one place so a renamed page breaks the type check, not a tap. */
const ROOT = '/packages/enterprise';
const q = (value: string) => encodeURIComponent(value);

export const PATHS = {
  home: `${ROOT}/index`,
  register: `${ROOT}/register/index`,
  resubmit: (id: string) => `${ROOT}/register/index?id=${q(id)}`,
  join: `${ROOT}/join/index`,
  invite: (id: string) => `${ROOT}/invite/index?id=${q(id)}`,
  staff: `${ROOT}/staff/index`,
  staffEnterprise: (id: string) => `${ROOT}/staff-enterprise/index?id=${q(id)}`,
  staffVisit: (enterpriseId: string) => `${ROOT}/staff-visit/index?enterpriseId=${q(enterpriseId)}`,
};

/** Who opens the staff pages (the server checks the same roles): the economic work team, district admins, liaisons. */
export const STAFF_ROLES = ['economic_staff', 'district_admin', 'enterprise_liaison'] as const;
/** Who verifies registrations and assigns liaisons. */
export const OFFICE_ROLES = ['economic_staff', 'district_admin'] as const;
