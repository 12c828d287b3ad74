import { AppError } from '../../server/core/errors';
import type { DocumentStore } from '../../server/store/port';
import { describeQueryContract } from './contract-queries';
import { COUNTERS, ITEMS, type MakeStore, type StoreHarness } from './harness';

export { CONTRACT_COLLECTIONS, seed, type MakeStore, type StoreHarness } from './harness';

export interface ContractOptions {
  /** Concurrent increments of one counter; 50 by default. */
  concurrentIncrements?: number;
  /** Wraps the store for the concurrency test (a remote store needs withRetries to win races). */
  wrapForConcurrency?: (store: DocumentStore) => DocumentStore;
  timeoutMs?: number;
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code });
}

/**
 * The behaviour every DocumentStore adapter must share. The SQLite adapter is
 * the reference; a second adapter passes when it behaves the same here.
 */
export function describeStoreContract(name: string, makeStore: MakeStore, options: ContractOptions = {}): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let h: StoreHarness;
    let store: DocumentStore;
    if (options.timeoutMs) jest.setTimeout(options.timeoutMs);

    beforeEach(async () => {
      h = await makeStore();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    describe('documents by id', () => {
      test('get of a missing document is null', async () => {
        expect(await store.get(ITEMS, 'nope')).toBeNull();
      });

      test('create then get returns the same document, nested values and all', async () => {
        const doc = {
          _id: 'i1',
          title: '楼道灯不亮',
          n: 1.5,
          ok: true,
          none: null,
          tags: ['a', 'b'],
          meta: { x: { y: [1, 2] } },
        };
        await store.transaction((tx) => tx.create(ITEMS, doc));
        expect(await store.get(ITEMS, 'i1')).toEqual(doc);
      });

      test('create of an existing id fails with CONFLICT and changes nothing', async () => {
        await store.transaction((tx) => tx.create(ITEMS, { _id: 'dup', v: 1 }));
        const attempt = store.transaction(async (tx) => {
          await tx.create(ITEMS, { _id: 'other', v: 9 });
          await tx.create(ITEMS, { _id: 'dup', v: 2 });
        });
        await expectAppError(attempt, 'CONFLICT');
        expect(await store.get(ITEMS, 'dup')).toEqual({ _id: 'dup', v: 1 });
        expect(await store.get(ITEMS, 'other')).toBeNull();
      });

      test('set inserts, then replaces the whole document', async () => {
        await store.transaction((tx) => tx.set(ITEMS, { _id: 's', a: 1, b: { c: 2 } }));
        expect(await store.get(ITEMS, 's')).toEqual({ _id: 's', a: 1, b: { c: 2 } });
        await store.transaction((tx) => tx.set(ITEMS, { _id: 's', a: 3 }));
        expect(await store.get(ITEMS, 's')).toEqual({ _id: 's', a: 3 });
      });

      test('update replaces the given top-level fields and keeps the others', async () => {
        await store.transaction((tx) =>
          tx.create(ITEMS, { _id: 'u', a: 1, obj: { x: 1, y: 2 }, keep: { k: 1 }, list: [1, 2, 3] }),
        );
        await store.transaction((tx) => tx.update(ITEMS, 'u', { obj: { x: 5 }, keep: {}, list: [9], added: 'new' }));
        // obj is replaced, not merged: y is gone; {} really becomes {}.
        expect(await store.get(ITEMS, 'u')).toEqual({
          _id: 'u',
          a: 1,
          obj: { x: 5 },
          keep: {},
          list: [9],
          added: 'new',
        });
      });

      test('update of a missing document fails with NOT_FOUND', async () => {
        await expectAppError(
          store.transaction((tx) => tx.update(ITEMS, 'ghost', { a: 1 })),
          'NOT_FOUND',
        );
        expect(await store.get(ITEMS, 'ghost')).toBeNull();
      });

      test('remove deletes; removing a missing document is not an error', async () => {
        await store.transaction((tx) => tx.create(ITEMS, { _id: 'r', a: 1 }));
        await store.transaction((tx) => tx.remove(ITEMS, 'r'));
        expect(await store.get(ITEMS, 'r')).toBeNull();
        await expect(store.transaction((tx) => tx.remove(ITEMS, 'r'))).resolves.toBeUndefined();
      });
    });

    describeQueryContract(() => h);

    describe('transactions', () => {
      test('a failing transaction leaves nothing written', async () => {
        await store.transaction((tx) => tx.create(ITEMS, { _id: 'keep', v: 1 }));
        const boom = new Error('boom');
        const attempt = store.transaction(async (tx) => {
          await tx.create(ITEMS, { _id: 'new', v: 1 });
          await tx.update(ITEMS, 'keep', { v: 2 });
          await tx.set(ITEMS, { _id: 'set', v: 3 });
          await tx.remove(ITEMS, 'keep');
          throw boom;
        });
        await expect(attempt).rejects.toBe(boom);
        expect(await store.get(ITEMS, 'new')).toBeNull();
        expect(await store.get(ITEMS, 'set')).toBeNull();
        expect(await store.get(ITEMS, 'keep')).toEqual({ _id: 'keep', v: 1 });
      });

      test('reads inside a transaction see its own writes and it returns the function result', async () => {
        await store.transaction((tx) => tx.create(ITEMS, { _id: 'old', v: 1 }));
        const seen = await store.transaction(async (tx) => {
          await tx.create(ITEMS, { _id: 'fresh', v: 1 });
          const afterCreate = await tx.get(ITEMS, 'fresh');
          await tx.update(ITEMS, 'fresh', { v: 2 });
          const afterUpdate = await tx.get(ITEMS, 'fresh');
          await tx.remove(ITEMS, 'old');
          const afterRemove = await tx.get(ITEMS, 'old');
          return { afterCreate, afterUpdate, afterRemove };
        });
        expect(seen).toEqual({
          afterCreate: { _id: 'fresh', v: 1 },
          afterUpdate: { _id: 'fresh', v: 2 },
          afterRemove: null,
        });
        expect(await store.get(ITEMS, 'fresh')).toEqual({ _id: 'fresh', v: 2 });
      });

      test('concurrent transactions incrementing one counter lose no update', async () => {
        const n = options.concurrentIncrements ?? 50;
        const target = options.wrapForConcurrency ? options.wrapForConcurrency(store) : store;
        await store.transaction((tx) => tx.create(COUNTERS, { _id: 'c', n: 0 }));
        await Promise.all(
          Array.from({ length: n }, () =>
            target.transaction(async (tx) => {
              const c = await tx.get(COUNTERS, 'c');
              await tx.update(COUNTERS, 'c', { n: (c?.n ?? 0) + 1 });
            }),
          ),
        );
        expect(await store.get(COUNTERS, 'c')).toEqual({ _id: 'c', n });
      });
    });
  });
}
