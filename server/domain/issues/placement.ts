import { refusal } from './reasons';
import type { DocumentStore } from '../../store/port';
import { getUnit, rulesForStreet } from '../org/org';
import { normaliseStreet, routeAddress } from '../org/routing';

/** Where an issue sits in the tree: its grid, that grid's branch, and the community. */
export interface Placement {
  gridId: string;
  gridName: string;
  branchId: string;
  branchName: string;
  communityId: string;
  communityName: string;
}

/** The placement fields of an issue; all null for one waiting in the district's triage. */
export function placementFields(placement: Placement | null): { [K in keyof Placement]: Placement[K] | null } {
  return {
    gridId: placement?.gridId ?? null,
    gridName: placement?.gridName ?? null,
    branchId: placement?.branchId ?? null,
    branchName: placement?.branchName ?? null,
    communityId: placement?.communityId ?? null,
    communityName: placement?.communityName ?? null,
  };
}

export async function placeGrid(store: DocumentStore, gridId: string): Promise<Placement> {
  const grid = await getUnit(store, gridId);
  if (!grid || grid.kind !== 'grid' || !grid.parentId || !grid.communityId) throw refusal('GRID_NOT_FOUND');
  const [branch, community] = await Promise.all([getUnit(store, grid.parentId), getUnit(store, grid.communityId)]);
  if (!branch || !community) throw refusal('GRID_PARENT_MISSING');
  return {
    gridId,
    gridName: grid.name,
    branchId: branch._id,
    branchName: branch.name,
    communityId: community._id,
    communityName: community.name,
  };
}

/** Routes by the admins' address rules; null sends the issue to the district triage queue. */
export async function placeAddress(
  store: DocumentStore,
  street: string,
  houseNumber: number,
): Promise<Placement | null> {
  const rules = await rulesForStreet(store, street);
  const rule = routeAddress(rules, street, houseNumber);
  return rule ? placeGrid(store, rule.gridId) : null;
}

/** "street#number": the key of one building, for "open issues at the same address". */
export function addressKey(street: string, houseNumber: number): string {
  return `${normaliseStreet(street)}#${houseNumber}`;
}

const PREFIXES = ['山东省', '青岛市', '市北区', '湖岛街道', '湖岛'];

/**
 * Reads a typed address such as "青岛市市北区万安一路6号2单元" as street, number
 * and detail, the way the form asks for them (Open311 address_string).
 */
export function parseAddress(text: string): { street: string; number: number; detail: string } | null {
  let rest = text.replace(/\s+/g, '');
  for (const prefix of PREFIXES) if (rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  const match = /^([^\d]+?)(\d{1,5})号?(.*)$/.exec(rest);
  if (!match) return null;
  return { street: match[1], number: Number(match[2]), detail: match[3].slice(0, 100) };
}

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** Geohash of a point; 7 characters is a cell of about 150 m x 150 m. */
export function geohash(lat: number, lng: number, precision = 7): string {
  const latRange = [-90, 90];
  const lngRange = [-180, 180];
  let hash = '';
  let bits = 0;
  let value = 0;
  let even = true;
  while (hash.length < precision) {
    const range = even ? lngRange : latRange;
    const coord = even ? lng : lat;
    const mid = (range[0] + range[1]) / 2;
    value <<= 1;
    if (coord >= mid) {
      value |= 1;
      range[0] = mid;
    } else range[1] = mid;
    even = !even;
    if (++bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}
