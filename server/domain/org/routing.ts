/**
 * Address rules map a street and house number to a grid. Admins keep them;
 * an address no rule covers goes to the sub-district's triage queue.
 */
export type Parity = 'odd' | 'even' | 'all';

export interface AddressRule {
  _id: string;
  street: string;
  from: number;
  to: number;
  parity: Parity;
  gridId: string;
}

export function normaliseStreet(street: string): string {
  return street.replace(/\s+/g, '').trim();
}

function parityMatches(parity: Parity, n: number): boolean {
  return parity === 'all' || (parity === 'odd' ? n % 2 === 1 : n % 2 === 0);
}

/**
 * The grid for an address, or null. When rules overlap, the narrowest range
 * wins, so an admin can carve a building out of a street-wide rule.
 */
export function routeAddress(rules: readonly AddressRule[], street: string, houseNumber: number): AddressRule | null {
  const wanted = normaliseStreet(street);
  let best: AddressRule | null = null;
  for (const rule of rules) {
    if (normaliseStreet(rule.street) !== wanted) continue;
    if (houseNumber < rule.from || houseNumber > rule.to || !parityMatches(rule.parity, houseNumber)) continue;
    if (!best || rule.to - rule.from < best.to - best.from) best = rule;
  }
  return best;
}
