import { account } from '../../server/functions/account';
import { createMain } from '../../server/platform/cloudbase';

/** Cloud function `account`: accounts, roles and invites (server/functions/account.ts). */
export const main = createMain('account', account);
