import type { Collection } from '../../store/collections';
import type { Doc, Tx } from '../../store/port';

/**
 * Statistics kept as counters (issues, enterprise requests): one document per
 * key (month and the dimensions a job groups by), changed in the same
 * transaction as the record it counts. Each record contributes a vector that is
 * a pure function of its document; a write subtracts the old vector and adds
 * the new one, so the counters always equal what a full scan would give, and a
 * record that changes key (reassigned, retyped) moves its whole contribution.
 */
export type Vector<F extends string> = Record<F, number>;

export function zeroVectorOf<F extends string>(fields: readonly F[]): Vector<F> {
  return Object.fromEntries(fields.map((f) => [f, 0])) as Vector<F>;
}

export interface CounterSpec<R, K extends { id: string }, F extends string> {
  collection: Collection<Doc & Omit<K, 'id'> & Vector<F>>;
  fields: readonly F[];
  key: (record: R) => K;
  contribution: (record: R) => Vector<F>;
}

/** The one writer of a job's counters: call it with the record before and after each write. */
export function counterRecorder<R, K extends { id: string }, F extends string>(spec: CounterSpec<R, K, F>) {
  const { collection, fields } = spec;
  async function adjust(tx: Tx, key: K, v: Vector<F>, sign: 1 | -1): Promise<void> {
    if (fields.every((f) => v[f] === 0)) return;
    const existing = await tx.get(collection, key.id);
    const { id, ...dimensions } = key;
    const doc =
      existing ?? ({ _id: id, ...dimensions, ...zeroVectorOf(fields) } as unknown as NonNullable<typeof existing>);
    const counts = doc as unknown as Vector<F>;
    for (const f of fields) counts[f] = (counts[f] ?? 0) + sign * v[f];
    await tx.set(collection, doc);
  }
  return async function record(tx: Tx, before: R | null, after: R): Promise<void> {
    const next = spec.contribution(after);
    const nextKey = spec.key(after);
    if (!before) return adjust(tx, nextKey, next, 1);
    const prev = spec.contribution(before);
    const prevKey = spec.key(before);
    if (prevKey.id !== nextKey.id) {
      await adjust(tx, prevKey, prev, -1);
      return adjust(tx, nextKey, next, 1);
    }
    const delta = zeroVectorOf(fields);
    for (const f of fields) delta[f] = next[f] - prev[f];
    await adjust(tx, nextKey, delta, 1);
  };
}
