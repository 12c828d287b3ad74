import { issues } from '../../server/functions/issues';
import { createMain } from '../../server/platform/cloudbase';

/** Cloud function `issues`: issue intake, the staff workbench, statistics (server/functions/issues.ts). */
export const main = createMain('issues', issues);
