import { culture } from '../../server/functions/culture';
import { createMain } from '../../server/platform/cloudbase';

/** Cloud function `culture`: 文化课堂 — online courses, sessions and events, waiting list, check-in (server/functions/culture.ts). */
export const main = createMain('culture', culture);
