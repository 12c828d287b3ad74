import type { Filter, FindOptions } from '../../server/store/port';
import { BULK, ITEMS, PEOPLE, seed, type StoreHarness, type TestDoc } from './harness';

/*
 * Queries (outside transactions) on a small fixed population. `note` is null on
 * p1 and missing on p2 and p5, so null / $exists / $ne / $nin show how absent
 * fields behave; `profile` holds the dotted fields.
 */
const POPULATION: TestDoc[] = [
  { _id: 'p1', name: '王芳', age: 30, active: true, note: null, grid: 'g1', profile: { level: 2, district: '市南' } },
  { _id: 'p2', name: '李强', age: 40, active: false, grid: 'g1', profile: { level: 1, district: '市北' } },
  { _id: 'p3', name: '张伟', age: 25, active: true, note: '夜班', grid: 'g2', profile: { level: 3, district: '市南' } },
  {
    _id: 'p4',
    name: '赵敏',
    age: 40,
    active: true,
    note: '志愿者',
    grid: 'g2',
    profile: { level: 2, district: '崂山' },
  },
  { _id: 'p5', name: '陈静', age: 67, active: false, grid: 'g3', profile: { level: 1, district: '市北' } },
];

export function describeQueryContract(harness: () => StoreHarness): void {
  describe('queries', () => {
    const ids = async (filter?: Filter, options?: FindOptions) =>
      (await harness().store.find(PEOPLE, filter, options)).map((d) => d._id).sort();

    beforeEach(async () => {
      await seed(harness(), PEOPLE, POPULATION);
    });

    test('find returns whole documents', async () => {
      expect(await harness().store.find(PEOPLE, { _id: 'p1' })).toEqual([POPULATION[0]]);
    });

    test('empty filter matches everything; unknown collection is empty', async () => {
      expect(await ids()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
      expect(await harness().store.find(ITEMS, {})).toEqual([]);
    });

    test.each<[string, Filter, string[]]>([
      ['string equality', { name: '张伟' }, ['p3']],
      ['number equality', { age: 40 }, ['p2', 'p4']],
      ['boolean true', { active: true }, ['p1', 'p3', 'p4']],
      ['boolean false', { active: false }, ['p2', 'p5']],
      ['null matches null and missing', { note: null }, ['p1', 'p2', 'p5']],
      ['several fields are ANDed', { grid: 'g2', active: true, age: 40 }, ['p4']],
      ['$in', { grid: { $in: ['g1', 'g3'] } }, ['p1', 'p2', 'p5']],
      ['$in empty matches nothing', { grid: { $in: [] } }, []],
      ['$in on _id', { _id: { $in: ['p2', 'p4', 'zz'] } }, ['p2', 'p4']],
      ['$nin', { grid: { $nin: ['g1'] } }, ['p3', 'p4', 'p5']],
      ['$nin skips null and missing fields', { note: { $nin: ['夜班'] } }, ['p4']],
      ['$nin empty matches everything', { note: { $nin: [] } }, ['p1', 'p2', 'p3', 'p4', 'p5']],
      ['$ne', { grid: { $ne: 'g1' } }, ['p3', 'p4', 'p5']],
      ['$ne keeps null and missing fields', { note: { $ne: '夜班' } }, ['p1', 'p2', 'p4', 'p5']],
      ['$ne null', { note: { $ne: null } }, ['p3', 'p4']],
      ['$gt', { age: { $gt: 40 } }, ['p5']],
      ['$gte', { age: { $gte: 40 } }, ['p2', 'p4', 'p5']],
      ['$lt', { age: { $lt: 30 } }, ['p3']],
      ['$lte', { age: { $lte: 30 } }, ['p1', 'p3']],
      ['range on one field', { age: { $gte: 30, $lt: 67 } }, ['p1', 'p2', 'p4']],
      ['string range (code point order)', { name: { $gte: '李', $lt: '王' } }, ['p2']],
      ['$exists true: present and not null', { note: { $exists: true } }, ['p3', 'p4']],
      ['$exists false: missing or null', { note: { $exists: false } }, ['p1', 'p2', 'p5']],
      ['dotted equality', { 'profile.district': '市南' }, ['p1', 'p3']],
      ['dotted comparison', { 'profile.level': { $gte: 2 } }, ['p1', 'p3', 'p4']],
      ['dotted and top-level together', { 'profile.district': '市北', active: false, age: { $gt: 50 } }, ['p5']],
    ])('%s', async (_label, filter, expected) => {
      expect(await ids(filter)).toEqual(expected);
    });

    test('orderBy ascending and descending on several fields', async () => {
      const order = async (orderBy: FindOptions['orderBy']) =>
        (await harness().store.find(PEOPLE, {}, { orderBy })).map((d) => d._id);
      expect(
        await order([
          ['age', 'asc'],
          ['_id', 'asc'],
        ]),
      ).toEqual(['p3', 'p1', 'p2', 'p4', 'p5']);
      expect(
        await order([
          ['age', 'desc'],
          ['_id', 'desc'],
        ]),
      ).toEqual(['p5', 'p4', 'p2', 'p1', 'p3']);
      expect(
        await order([
          ['age', 'desc'],
          ['_id', 'asc'],
        ]),
      ).toEqual(['p5', 'p2', 'p4', 'p1', 'p3']);
      expect(
        await order([
          ['profile.level', 'asc'],
          ['age', 'desc'],
        ]),
      ).toEqual(['p5', 'p2', 'p4', 'p1', 'p3']);
    });

    test('limit and skip page through an ordered result', async () => {
      const page = async (skip: number, limit: number) =>
        (
          await harness().store.find(
            PEOPLE,
            { active: { $in: [true, false] } },
            { orderBy: [['_id', 'asc']], skip, limit },
          )
        ).map((d) => d._id);
      expect(await page(0, 2)).toEqual(['p1', 'p2']);
      expect(await page(2, 2)).toEqual(['p3', 'p4']);
      expect(await page(4, 2)).toEqual(['p5']);
      expect(await page(5, 2)).toEqual([]);
      expect(await page(0, 0)).toEqual([]);
    });

    test('count with and without a filter', async () => {
      const { store } = harness();
      expect(await store.count(PEOPLE)).toBe(5);
      expect(await store.count(PEOPLE, { active: true })).toBe(3);
      expect(await store.count(PEOPLE, { age: { $gte: 40 }, 'profile.district': '市北' })).toBe(2);
      expect(await store.count(ITEMS)).toBe(0);
    });
  });

  describe('limits', () => {
    test('find returns 100 by default and at most 1000', async () => {
      const docs = Array.from({ length: 1001 }, (_, i) => ({ _id: `b${String(i).padStart(4, '0')}`, i }));
      await seed(harness(), BULK, docs);
      const { store } = harness();
      expect(await store.count(BULK)).toBe(1001);
      expect(await store.find(BULK)).toHaveLength(100);
      const capped = await store.find(BULK, {}, { limit: 5000, orderBy: [['i', 'asc']] });
      expect(capped).toHaveLength(1000);
      expect(capped[999]).toEqual({ _id: 'b0999', i: 999 });
      const rest = await store.find(BULK, {}, { limit: 1000, skip: 1000, orderBy: [['i', 'asc']] });
      expect(rest).toEqual([{ _id: 'b1000', i: 1000 }]);
    });
  });
}
