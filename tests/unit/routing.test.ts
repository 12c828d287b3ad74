import { addressRules, orgUnits } from '../../seed/hudao';
import { routeAddress, type AddressRule } from '../../server/domain/org/routing';

describe('address routing', () => {
  const rules = addressRules();

  it.each([
    ['万安一路', 6, 'g-03'],
    ['金华路', 46, 'g-05'],
    ['兴隆支路', 1, 'g-15'],
    ['五丰路', 12, 'g-10'],
    ['宜昌路', 7, 'g-01'],
    ['宜昌路', 8, 'g-02'],
    ['瑞安路', 210, 'g-11'],
  ])('routes %s%i号 to %s', (street, n, grid) => {
    expect(routeAddress(rules, street, n)?.gridId).toBe(grid);
  });

  it('returns null for an address no rule covers (district triage)', () => {
    expect(routeAddress(rules, '万安一路', 999)).toBeNull();
    expect(routeAddress(rules, '香港中路', 1)).toBeNull();
  });

  it('prefers the narrowest rule when ranges overlap', () => {
    const overlapping: AddressRule[] = [
      { _id: 'a', street: '宜昌路', from: 1, to: 200, parity: 'all', gridId: 'wide' },
      { _id: 'b', street: '宜昌路', from: 10, to: 12, parity: 'all', gridId: 'narrow' },
    ];
    expect(routeAddress(overlapping, '宜昌路', 11)?.gridId).toBe('narrow');
    expect(routeAddress(overlapping, '宜昌路', 13)?.gridId).toBe('wide');
  });

  it('ignores spaces people type in street names', () => {
    expect(routeAddress(rules, ' 万安 一路', 6)?.gridId).toBe('g-03');
  });
});

describe('seeded organisation tree', () => {
  const units = orgUnits();
  it('has 1 sub-district, 3 communities, 15 branches and 21 grids', () => {
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect([count('district'), count('community'), count('branch'), count('grid')]).toEqual([1, 3, 15, 21]);
  });

  it('gives every rule a grid that exists and every grid a branch in its community', () => {
    const byId = new Map(units.map((u) => [u._id, u]));
    for (const rule of addressRules()) expect(byId.get(rule.gridId)?.kind).toBe('grid');
    for (const grid of units.filter((u) => u.kind === 'grid')) {
      const branch = byId.get(grid.parentId!);
      expect(branch?.kind).toBe('branch');
      expect(branch?.communityId).toBe(grid.communityId);
    }
  });
});
