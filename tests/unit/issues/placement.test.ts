import { addressRules } from '../../../seed/hudao';
import { addressKey, geohash, parseAddress } from '../../../server/domain/issues/placement';
import { routeAddress } from '../../../server/domain/org/routing';

describe('routing of issue addresses', () => {
  const rules = addressRules();

  it.each([
    ['万安一路6号', '万安一路', 6, 'g-03'],
    ['青岛市市北区金华路46号', '金华路', 46, 'g-05'],
    ['兴隆支路1号', '兴隆支路', 1, 'g-15'],
    ['五丰路 20 号 东侧', '五丰路', 20, 'g-10'],
  ])('reads "%s" as %s %i and routes it to %s', (text, street, n, grid) => {
    const parsed = parseAddress(text)!;
    expect(parsed.street).toBe(street);
    expect(parsed.number).toBe(n);
    expect(routeAddress(rules, parsed.street, parsed.number)?.gridId).toBe(grid);
  });

  it('keeps what follows the number as the private detail', () => {
    expect(parseAddress('万安一路6号2单元502')).toEqual({ street: '万安一路', number: 6, detail: '2单元502' });
  });

  it('does not guess an address without a house number', () => {
    expect(parseAddress('万安一路')).toBeNull();
    expect(parseAddress('123')).toBeNull();
  });

  it('gives one key per building regardless of spacing', () => {
    expect(addressKey('万安 一路', 6)).toBe(addressKey('万安一路', 6));
  });

  it('computes the standard geohash', () => {
    // Reference value of the geohash algorithm for (57.64911, 10.40744).
    expect(geohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
    expect(geohash(36.0986, 120.3719)).toHaveLength(7);
  });
});
