import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { defineCollection } from '../../server/store/collections';
import { SqliteStore } from '../../server/store/sqlite';

/**
 * The SQLite adapter commits transactions that queue up together in one
 * SQLite transaction, each in its own savepoint. What callers rely on must
 * hold exactly as with one commit per transaction.
 */
interface Seat {
  _id: string;
  taken: number;
}
interface Ticket {
  _id: string;
  seat: string;
}
const SEATS = defineCollection<Seat>('group_seats');
const TICKETS = defineCollection<Ticket>('group_tickets');

let dir: string;
let file: string;
let store: SqliteStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dqej-group-'));
  file = path.join(dir, 'test.db');
  store = new SqliteStore(file, { collections: [SEATS, TICKETS] });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function take(i: number) {
  return store.transaction(async (tx) => {
    const seat = (await tx.get(SEATS, 's'))!;
    await tx.create(TICKETS, { _id: `t${i}`, seat: 's' });
    await tx.set(SEATS, { ...seat, taken: seat.taken + 1 });
    return seat.taken + 1;
  });
}

test('transactions submitted together run one after another in arrival order and each sees the ones before', async () => {
  await store.transaction((tx) => tx.create(SEATS, { _id: 's', taken: 0 }));
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => take(i)));
  expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  expect(await store.get(SEATS, 's')).toEqual({ _id: 's', taken: 200 });
  expect(await store.count(TICKETS)).toBe(200);
});

test('one failing transaction among concurrent ones is undone alone; the others are written', async () => {
  await store.transaction((tx) => tx.create(SEATS, { _id: 's', taken: 0 }));
  const refused = new Error('refused after writing');
  const outcomes = await Promise.allSettled(
    Array.from({ length: 30 }, (_, i) =>
      i % 3 === 1
        ? store.transaction(async (tx) => {
            const seat = (await tx.get(SEATS, 's'))!;
            await tx.create(TICKETS, { _id: `bad${i}`, seat: 's' });
            await tx.set(SEATS, { ...seat, taken: seat.taken + 100 });
            throw refused;
          })
        : take(i),
    ),
  );
  const failed = outcomes.filter((o) => o.status === 'rejected');
  expect(failed).toHaveLength(10);
  for (const f of failed) expect((f as PromiseRejectedResult).reason).toBe(refused);
  expect(await store.get(SEATS, 's')).toEqual({ _id: 's', taken: 20 });
  expect(await store.find(TICKETS, { _id: { $in: ['bad1', 'bad4', 'bad28'] } })).toEqual([]);
  expect(await store.count(TICKETS)).toBe(20);
});

test('a transaction is answered only once committed: a read on another connection sees it at once', async () => {
  await store.transaction((tx) => tx.create(SEATS, { _id: 's', taken: 0 }));
  const other = new Database(file, { readonly: true });
  try {
    const seen = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        await take(i);
        return (other.prepare('SELECT count(*) AS n FROM group_tickets WHERE id = ?').get(`t${i}`) as { n: number }).n;
      }),
    );
    expect(seen).toEqual(Array.from({ length: 50 }, () => 1));
  } finally {
    other.close();
  }
});

test('a transaction handle used after its transaction ended is refused', async () => {
  await store.transaction((tx) => tx.create(SEATS, { _id: 's', taken: 0 }));
  let kept: Parameters<Parameters<typeof store.transaction>[0]>[0] | null = null;
  await store.transaction(async (tx) => {
    kept = tx;
  });
  await Promise.all([take(1), take(2)]);
  await expect(kept!.get(SEATS, 's')).rejects.toThrow('transaction used after it ended');
});

test('transactions still complete while a test fakes the timers', async () => {
  jest.useFakeTimers();
  try {
    await store.transaction((tx) => tx.create(SEATS, { _id: 's', taken: 0 }));
    expect(await take(1)).toBe(1);
  } finally {
    jest.useRealTimers();
  }
});
