import { COLLECTIONS } from '../../server/collections';
import { seedDemo } from '../../server/seed';
import { createHarness, type Harness } from '../helpers/harness';
import { CULTURE_LESSONS, CULTURE_COURSES } from '../../server/domain/culture/model';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(COLLECTIONS.map(async (c) => [c.name, await h.deps.store.count(c)] as const));
  return Object.fromEntries(entries);
}

describe('demo seed', () => {
  it('fills the tree, people, courses, services and issues of 湖岛街道', async () => {
    const n = await counts();
    expect(n.org_units).toBe(1 + 3 + 15 + 21);
    expect(n.partners).toBe(3);
    expect(n.users).toBeGreaterThanOrEqual(8);
    expect(await h.deps.store.count(CULTURE_COURSES, { mode: 'online' })).toBe(15);
    expect(await h.deps.store.count(CULTURE_LESSONS)).toBe(60);
  });

  it('changes nothing when run again (npm start on an existing database)', async () => {
    const before = await counts();
    expect(await seedDemo(h.deps.store, h.clock.now())).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});
