/** Pages of the privacy subpackage (src/packages/privacy). */
export const POLICY_PAGE = '/packages/privacy/policy/index';
export const MY_DATA_PAGE = '/packages/privacy/mine/index';
