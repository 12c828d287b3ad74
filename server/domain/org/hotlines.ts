import type { DocumentStore } from '../../store/port';
import { listUnits, type OrgUnit } from './org';

export interface Hotline {
  name: string;
  phone: string;
}

function toHotline(unit: OrgUnit): Hotline | null {
  return unit.hotline ? { name: `${unit.name}服务热线`, phone: unit.hotline.phone } : null;
}

/** The sub-district's hotline first, then each community's, for tap-to-call on 首页. */
export async function hotlines(store: DocumentStore): Promise<{ hotlines: Hotline[] }> {
  const [districts, communities] = await Promise.all([listUnits(store, 'district'), listUnits(store, 'community')]);
  return { hotlines: [...districts, ...communities].map(toHotline).filter((h): h is Hotline => h !== null) };
}
