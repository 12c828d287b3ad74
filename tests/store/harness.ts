import type { Doc, DocumentStore } from '../../server/store/port';

/** What an adapter's test file hands the contract suite for each test. */
export interface StoreHarness {
  store: DocumentStore;
  cleanup: () => Promise<void>;
  /** Fast seeding for big fixtures (the 1000-cap test); without it, transactions are used. */
  bulkInsert?: (collection: string, docs: Doc[]) => Promise<void>;
}

export type MakeStore = () => Promise<StoreHarness>;

/** Every collection the suite writes, so a remote harness can create and empty them. */
export const CONTRACT_COLLECTIONS = ['items', 'people', 'bulk', 'counters'];

/** Seeds through the harness's bulk path when it has one, else in transactions of 100. */
export async function seed(h: StoreHarness, collection: string, docs: Doc[]): Promise<void> {
  if (h.bulkInsert) return h.bulkInsert(collection, docs);
  for (let i = 0; i < docs.length; i += 100) {
    const chunk = docs.slice(i, i + 100);
    await h.store.transaction(async (tx) => {
      for (const doc of chunk) await tx.create(collection, doc);
    });
  }
}
