import type { Harness } from '../helpers/harness';

/** Seeded elders (seed/eldercare.ts) and services, by name, for readable tests. */
export const ZHANG = 'el-zhang-deshun'; // 92, guardian demo-relative, verified
export const ZHAO = 'el-zhao-shufen'; // 91, no guardian, grid g-03 (demo-grid-worker), 特困
export const WANG = 'el-wang-guilan'; // 78, guardian demo-resident
export const SUN = 'el-sun-fulai'; // 88, guardian demo-resident, NOT verified
export const LI = 'el-li-xiuying'; // 95, 瑞安路社区, no guardian
export const HAIRCUT = 'svc-jiali-haircut';
export const REPAIR = 'svc-louzhang-repair';
export const HEATING = 'svc-taineng-heating';

let counter = 0;
/** A fresh client request id, as the app makes one per tap. */
export function rid(): string {
  counter++;
  return `req-${Date.now().toString(36)}-${counter}`;
}

/** The open windows of a service, soonest first (as the booking page lists them). */
export async function windowsOf(h: Harness, serviceId: string): Promise<string[]> {
  const windows = await h.ok('district_admin', 'eldercare', 'listWindows', { serviceId });
  return windows.filter((w) => w.bookable).map((w) => w.id);
}

export function reasonOf(envelope: { ok: boolean; error?: { details?: unknown } }): string | undefined {
  return envelope.ok ? undefined : (envelope.error?.details as { reason?: string } | undefined)?.reason;
}
