import type { Deps } from './action';

/**
 * Scheduled work (SLA escalation, auto-close, reminders, offer expiry). A job
 * decides from the data what is due (deadlines already passed, ...), so running
 * it twice or late is harmless: it must be idempotent. The type lives in core
 * because the domains declare their jobs while `server/jobs` gathers them.
 */
export interface Job {
  name: string;
  everyMinutes: number;
  run(deps: Deps): Promise<{ processed: number }>;
}
