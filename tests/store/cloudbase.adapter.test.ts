import tcb from '@cloudbase/node-sdk';
import { QuerySerializer } from '@cloudbase/database/dist/commonjs/serializer/query';
import { UpdateSerializer } from '@cloudbase/database/dist/commonjs/serializer/update';
import { AppError } from '../../server/core/errors';
import {
  CloudbaseStore,
  isTransactionConflict,
  translateFilter,
  translatePatch,
  type CbDb,
  type CbTransaction,
} from '../../server/store/cloudbase';
import { TransientConflictError, type Filter } from '../../server/store/port';
import { withRetries } from '../../server/store/retrying';
import { CONFLICT, FakeCloudbase } from './fake-cloudbase';
import { COUNTERS, ITEMS, type TestDoc } from './harness';
import { defineCollection } from '../../server/store/collections';

const _ = tcb.init({ env: 'unit-test' }).database().command;
/** What the SDK would send for our where() argument. */
const wire = (filter: Filter) => QuerySerializer.encode(translateFilter(filter, _) as never);
const wirePatch = (patch: Record<string, unknown>) => UpdateSerializer.encode(translatePatch(patch, _) as never);

describe('translateFilter (as encoded by the SDK)', () => {
  test.each<[string, Filter, unknown]>([
    ['equality and booleans', { status: 'open', urgent: true, n: 3 }, { status: 'open', urgent: true, n: 3 }],
    ['null', { closedAt: null }, { closedAt: null }],
    ['_id and dotted paths', { _id: 'x', 'address.grid': 'g1' }, { _id: 'x', 'address.grid': 'g1' }],
    ['$in', { s: { $in: ['a', 'b'] } }, { s: { $in: ['a', 'b'] } }],
    ['$ne', { s: { $ne: 'a' } }, { s: { $ne: 'a' } }],
    [
      'comparisons',
      { a: { $gt: 1 }, b: { $gte: 2 }, c: { $lt: 3 }, d: { $lte: 4 } },
      { a: { $gt: 1 }, b: { $gte: 2 }, c: { $lt: 3 }, d: { $lte: 4 } },
    ],
    ['$exists true is "not null"', { a: { $exists: true } }, { a: { $ne: null } }],
    ['$exists false is "null or missing"', { a: { $exists: false } }, { a: { $eq: null } }],
    [
      '$nin also excludes null and missing',
      { s: { $nin: ['a'] } },
      { $and: [{ s: { $nin: ['a'] } }, { s: { $ne: null } }] },
    ],
    [
      'several conditions on one field',
      { t: { $gte: '2024', $lt: '2025' }, k: 1 },
      { $and: [{ t: { $gte: '2024' } }, { t: { $lt: '2025' } }, { k: 1 }] },
    ],
  ])('%s', (_label, filter, expected) => {
    expect(wire(filter)).toEqual(expected);
  });

  test('no condition means no where()', () => {
    expect(translateFilter({}, _)).toBeNull();
    expect(translateFilter({ s: { $nin: [] } }, _)).toBeNull();
  });

  test('an undefined value matches nothing (as in SQLite), never everything', () => {
    expect(wire({ partnerId: undefined } as unknown as Filter)).toEqual({ partnerId: { $in: [] } });
    expect(() => translateFilter({ a: { $gt: undefined } } as unknown as Filter, _)).toThrow('has no value');
  });

  test('rejects bad field paths and unknown operators', () => {
    expect(() => translateFilter({ 'a;drop': 1 }, _)).toThrow('invalid field path');
    expect(() => translateFilter({ a: { $regex: 'x' } as never }, _)).toThrow('unsupported filter operator');
  });
});

describe('translatePatch (as encoded by the SDK)', () => {
  test('object fields are replaced whole, not merged; {} stays {}', () => {
    expect(wirePatch({ profile: { name: '王', tags: ['a'] }, empty: {}, list: [1, { a: 2 }], n: 1, s: null })).toEqual({
      $set: { profile: { name: '王', tags: ['a'] }, empty: {}, list: [1, { a: 2 }], n: 1, s: null },
    });
  });

  test('undefined removes the field, _id is never written, Dates are stored as ISO strings', () => {
    const at = new Date('2025-01-02T03:04:05.000Z');
    expect(wirePatch({ gone: undefined, _id: 'evil', at })).toEqual({
      $unset: { gone: '' },
      $set: { at: '2025-01-02T03:04:05.000Z' },
    });
  });
});

describe('CloudbaseStore requests', () => {
  test('find sends orderBy in order, skip, and a limit capped at 1000; limit 0 sends nothing', async () => {
    const db = new FakeCloudbase();
    const store = new CloudbaseStore(db);
    await store.find(
      ITEMS,
      { a: 1 },
      {
        orderBy: [
          ['a', 'desc'],
          ['_id', 'asc'],
        ],
        skip: 20,
        limit: 5000,
      },
    );
    await store.find(ITEMS, {}, { skip: -5 });
    const gets = db.log.filter((e) => e.op === 'get').map((e) => e.arg);
    expect(gets).toEqual([
      {
        order: [
          ['a', 'desc'],
          ['_id', 'asc'],
        ],
        skip: 20,
        limit: 1000,
      },
      { order: undefined, skip: undefined, limit: 100 },
    ]);
    db.log.length = 0;
    expect(await store.find(ITEMS, {}, { limit: 0 })).toEqual([]);
    expect(db.log).toEqual([]);
  });

  test('written bodies carry no _id; reads put it back', async () => {
    const db = new FakeCloudbase();
    const store = new CloudbaseStore(db);
    await store.transaction((tx) => tx.create(ITEMS, { _id: 'a', v: 1 }));
    expect(db.log.find((e) => e.op === 'tx.set')?.arg).toEqual({ v: 1 });
    expect(await store.get(ITEMS, 'a')).toEqual({ _id: 'a', v: 1 });
  });

  test('reads of a collection that does not exist answer nothing', async () => {
    const db = new FakeCloudbase();
    db.requireCollections = true;
    const store = new CloudbaseStore(db);
    const nothing = defineCollection<TestDoc>('nothing');
    expect(await store.get(nothing, 'x')).toBeNull();
    expect(await store.find(nothing)).toEqual([]);
    expect(await store.count(nothing)).toBe(0);
  });

  test('ensureCollections creates missing ones and accepts existing ones', async () => {
    const db = new FakeCloudbase();
    db.requireCollections = true;
    const store = new CloudbaseStore(db);
    await store.ensureCollections(['a_b', 'c']);
    await store.ensureCollections(['a_b']);
    expect([...db.collections.keys()].sort()).toEqual(['a_b', 'c']);
  });
});

/** A database double whose transaction fails where told to, recording the calls. */
function scripted(opts: { failOn: 'update' | 'commit'; failWith: unknown; viaReturn?: boolean }) {
  const calls: string[] = [];
  const answer = (op: string, ok: unknown) => async () => {
    calls.push(op);
    if (op !== opts.failOn) return ok;
    if (opts.viaReturn) return opts.failWith;
    throw opts.failWith;
  };
  const t: CbTransaction = {
    collection: () => ({
      doc: () => ({
        get: answer('get', { data: { _id: 'c', n: 1 } }),
        set: answer('set', {}),
        update: answer('update', { updated: 1 }),
        remove: answer('remove', {}),
      }),
    }),
    commit: answer('commit', { requestId: 'r' }),
    rollback: answer('rollback', { requestId: 'r' }),
  };
  const db = {
    command: _,
    collection: () => {
      throw new Error('not used');
    },
    startTransaction: async () => t,
  } as unknown as CbDb;
  return { store: new CloudbaseStore(db), calls };
}

describe('CloudbaseStore transactions', () => {
  const bump = (store: CloudbaseStore) => store.transaction((tx) => tx.update(COUNTERS, 'c', { n: 2 }));

  test.each([
    ['thrown by a write', { failOn: 'update' as const, failWith: { ...CONFLICT } }],
    ['returned (not thrown) by a write', { failOn: 'update' as const, failWith: { ...CONFLICT }, viaReturn: true }],
    [
      'thrown by commit',
      { failOn: 'commit' as const, failWith: Object.assign(new Error(CONFLICT.message), { code: CONFLICT.code }) },
    ],
  ])('a conflict %s becomes TransientConflictError and the transaction is rolled back', async (_label, opts) => {
    const { store, calls } = scripted(opts);
    await expect(bump(store)).rejects.toBeInstanceOf(TransientConflictError);
    expect(calls[calls.length - 1]).toBe('rollback');
  });

  test('other SDK errors keep their code and are not retried', async () => {
    const { store, calls } = scripted({
      failOn: 'update',
      failWith: { code: 'DATABASE_PERMISSION_DENIED', message: 'no' },
      viaReturn: true,
    });
    const err = await bump(store).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(TransientConflictError);
    expect(err).toMatchObject({ code: 'DATABASE_PERMISSION_DENIED' });
    expect(calls.filter((c) => c === 'update')).toHaveLength(1);
  });

  test('an error from the function itself rolls back and comes out unchanged', async () => {
    const { store, calls } = scripted({ failOn: 'commit', failWith: new Error('unused') });
    const mine = new AppError('FAILED_PRECONDITION');
    await expect(store.transaction(async () => Promise.reject(mine))).rejects.toBe(mine);
    expect(calls).toEqual(['rollback']);
  });

  test('a real race on the double: one writer wins, the other conflicts, withRetries recovers', async () => {
    const db = new FakeCloudbase();
    const store = new CloudbaseStore(db);
    await store.transaction((tx) => tx.create(COUNTERS, { _id: 'c', n: 0 }));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = store.transaction(async (tx) => {
      const c = await tx.get(COUNTERS, 'c');
      await gate;
      await tx.update(COUNTERS, 'c', { n: (c?.n ?? 0) + 1 });
    });
    await store.transaction(async (tx) => tx.update(COUNTERS, 'c', { n: 10 }));
    release();
    await expect(slow).rejects.toBeInstanceOf(TransientConflictError);
    const retrying = withRetries(store, { attempts: 3, baseDelayMs: 1 });
    await retrying.transaction(async (tx) => {
      const c = await tx.get(COUNTERS, 'c');
      await tx.update(COUNTERS, 'c', { n: (c?.n ?? 0) + 1 });
    });
    expect(db.dump('counters')).toEqual([{ _id: 'c', n: 11 }]);
  });

  test('isTransactionConflict recognises the documented shapes only', () => {
    expect(isTransactionConflict({ ...CONFLICT })).toBe(true);
    expect(isTransactionConflict(new Error(CONFLICT.message))).toBe(true);
    expect(
      isTransactionConflict({
        code: 'DATABASE_TRANSACTION_FAIL',
        message: '[ResourceUnavailable.TransactionNotExist] x',
      }),
    ).toBe(false);
    expect(isTransactionConflict(new AppError('CONFLICT'))).toBe(false);
  });
});
