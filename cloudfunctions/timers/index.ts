import { createTimerMain } from '../../server/platform/cloudbase-timers';

/** Cloud function `timers`: fired every 5 minutes by its timer trigger, runs the due jobs (server/jobs). */
export const main = createTimerMain();
