import { FIRST_LOAD_BUDGET, measureFirstLoad } from '../../bench/first-load';

/** A weak phone on a slow line: 首页's first load stays under its budget on the wire (issue 10). */
it(`loads 首页 for a signed-in resident in under ${FIRST_LOAD_BUDGET / 1024} KB on the wire`, async () => {
  const load = await measureFirstLoad();
  if (typeof load === 'string') throw new Error(load);
  expect(load.bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  // Scripts arrive compressed: far below their size on disk.
  expect(load.byType.Script?.bytes ?? 0).toBeLessThan(200 * 1024);
});
