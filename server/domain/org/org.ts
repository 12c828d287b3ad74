import { defineCollection } from '../../store/collections';
import { normaliseStreet, type AddressRule } from './routing';
import type { DocumentStore } from '../../store/port';

/** The routing tree: 街道党工委 -> 社区党委 -> 网格党支部 -> 网格. */
export type OrgKind = 'district' | 'community' | 'branch' | 'grid';

export interface OrgUnit {
  _id: string;
  kind: OrgKind;
  name: string;
  /** The unit one level up; null for the sub-district. */
  parentId: string | null;
  /** Denormalised so queues can filter by community without walking the tree. */
  communityId: string | null;
  /** Set on units the source article does not name (invented for the demo). */
  demo?: boolean;
  /** For grids: what kind of area it covers (楼院小区, 商务楼宇, 工业园区). */
  area?: string;
  /** The sub-district's and each community's service hotline, shown on 首页 as tap-to-call. */
  hotline?: { phone: string; demo?: true };
}

export interface Partner {
  _id: string;
  name: string;
  kind: string;
  description: string;
  status: 'approved' | 'pending' | 'rejected';
  /** The partner's service phone residents may call (a business number, shown tap-to-call). */
  phone?: string | null;
}

export const ORG_UNITS = defineCollection<OrgUnit>('org_units', [
  {
    name: 'kind_parent',
    fields: [
      ['kind', 'asc'],
      ['parentId', 'asc'],
    ],
  },
]);
export const PARTNERS = defineCollection<Partner>('partners', [{ name: 'status', fields: [['status', 'asc']] }]);
export const ADDRESS_RULES = defineCollection<AddressRule>('address_rules', [
  {
    name: 'street',
    fields: [
      ['street', 'asc'],
      ['from', 'asc'],
    ],
  },
]);

export const ORG_COLLECTIONS = [ORG_UNITS, PARTNERS, ADDRESS_RULES];

/** The address rules of one street (as people type it: spaces do not matter), for routing an address to its grid. */
export function rulesForStreet(store: DocumentStore, street: string): Promise<AddressRule[]> {
  return store.find(ADDRESS_RULES, { street: normaliseStreet(street) }, { limit: 1000 });
}

export async function getUnit(store: DocumentStore, id: string): Promise<OrgUnit | null> {
  const unit = await store.get(ORG_UNITS, id);
  return unit;
}

export async function listUnits(store: DocumentStore, kind: OrgKind): Promise<OrgUnit[]> {
  return store.find(ORG_UNITS, { kind }, { orderBy: [['_id', 'asc']], limit: 1000 });
}
