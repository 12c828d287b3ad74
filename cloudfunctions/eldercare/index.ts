import { eldercare } from '../../server/functions/eldercare';
import { createMain } from '../../server/platform/cloudbase';

/** Cloud function `eldercare`: 为老服务 — elder profiles, services, bookings, partner workbench (server/functions/eldercare.ts). */
export const main = createMain('eldercare', eldercare);
