import type { CollectionRef, Doc, DocumentStore, Tx } from '../../store/port';

/**
 * The timer half of the SLA machinery: find what is due by an indexed time
 * field, then one transaction per document that re-reads it and re-checks the
 * field, so a late, repeated or concurrent run does nothing twice. Bounded per
 * run (BATCH x MAX_BATCHES); the rest waits for the next tick.
 */
const BATCH = 200;
const MAX_BATCHES = 5;

export async function sweepDue<T extends Doc>(
  store: DocumentStore,
  collection: CollectionRef<T>,
  field: keyof T & string,
  now: Date,
  handle: (tx: Tx, doc: T) => Promise<void>,
): Promise<number> {
  const at = now.toISOString();
  let done = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await store.find<T>(collection, { [field]: { $lte: at } }, { orderBy: [[field, 'asc']], limit: BATCH });
    for (const candidate of due) {
      const handled = await store.transaction(async (tx) => {
        const doc = await tx.get<T>(collection, candidate._id);
        const when = doc?.[field] as unknown;
        if (!doc || typeof when !== 'string' || when > at) return false;
        await handle(tx, doc);
        return true;
      });
      if (handled) done++;
    }
    if (due.length < BATCH) break;
  }
  return done;
}
