/**
 * Page paths of the two issue subpackages. `detail` and `staffIssue` are also
 * written into messages by the server (server/domain/issues/notify.ts:
 * RESIDENT_PAGE, STAFF_PAGE), so they must not move.
 */
export const ISSUE_PATHS = {
  home: '/packages/issues/index',
  report: '/packages/issues/report/index',
  detail: (id: string) => `/packages/issues/detail/index?id=${encodeURIComponent(id)}`,
  workbench: '/packages/workbench/index',
  staffIssue: (id: string) => `/packages/workbench/issue/index?id=${encodeURIComponent(id)}`,
  stats: '/packages/workbench/stats/index',
  addressRules: '/packages/workbench/address-rules/index',
  settings: '/packages/workbench/settings/index',
  moderation: '/packages/workbench/moderation/index',
};
