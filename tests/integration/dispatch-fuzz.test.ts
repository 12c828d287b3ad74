import fc from 'fast-check';
import { ERROR_CODES } from '../../server/core/errors';
import { registry } from '../../server/functions';
import { createHarness, type Harness } from '../helpers/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const fnNames = Object.keys(registry);
const actionsOf = (fn: string) => Object.keys((registry as Record<string, object>)[fn]);
const callers = fc.constantFrom(null, 'demo-resident', 'demo-district-admin', 'demo-partner-barber', 'wx-fuzz');

/** Every reply is a proper envelope; failures carry a known code, a message, and never INTERNAL. */
function assertWellFormed(reply: unknown) {
  expect(reply).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  const r = reply as { ok: boolean; error?: { code: string; message: string } };
  if (!r.ok) {
    expect(ERROR_CODES).toContain(r.error!.code);
    expect(r.error!.code).not.toBe('INTERNAL');
    expect(typeof r.error!.message).toBe('string');
  }
}

describe('dispatch under random input', () => {
  it('answers any payload to any function name with an envelope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...fnNames), fc.string()),
        fc.anything(),
        callers,
        async (fn, payload, who) => {
          assertWellFormed(await h.raw(fn, payload, who));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers random fields for every real action without an internal error', async () => {
    const calls = fc.constantFrom(...fnNames).chain((fn) =>
      fc.record({
        fn: fc.constant(fn),
        action: fc.constantFrom(...actionsOf(fn)),
        fields: fc.dictionary(
          fc.constantFrom('code', 'binding', 'name', 'phone', 'ids', 'limit', 'openid', 'note', 'id', 'role'),
          fc.anything(),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(calls, callers, async ({ fn, action, fields }, who) => {
        assertWellFormed(await h.raw(fn, { ...fields, action }, who));
      }),
      { numRuns: 400 },
    );
  });
});
