import { enterprise } from '../../server/functions/enterprise';
import { createMain } from '../../server/platform/cloudbase';

/** Cloud function `enterprise`: 企业直通车 — registration, liaisons, visits, the direct line, jobs and policies (server/functions/enterprise.ts). */
export const main = createMain('enterprise', enterprise);
