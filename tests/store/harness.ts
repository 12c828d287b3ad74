import { defineCollection, type Collection } from '../../server/store/collections';
import type { Doc, DocumentStore } from '../../server/store/port';

/** A document of the contract suite: an id and whatever fields a test gives it. */
export interface TestDoc extends Doc {
  [field: string]: unknown;
}

export const ITEMS = defineCollection<TestDoc>('items');
export const PEOPLE = defineCollection<TestDoc>('people');
export const BULK = defineCollection<TestDoc>('bulk');
export const COUNTERS = defineCollection<TestDoc & { n: number }>('counters');

/** What an adapter's test file hands the contract suite for each test. */
export interface StoreHarness {
  store: DocumentStore;
  cleanup: () => Promise<void>;
  /** Fast seeding for big fixtures (the 1000-cap test); without it, transactions are used. */
  bulkInsert?: (collection: Collection<TestDoc>, docs: TestDoc[]) => Promise<void>;
}

export type MakeStore = () => Promise<StoreHarness>;

/** Every collection the suite writes, so a remote harness can create and empty them. */
export const CONTRACT_COLLECTIONS: Array<Collection<Doc>> = [ITEMS, PEOPLE, BULK, COUNTERS];

/** Seeds through the harness's bulk path when it has one, else in transactions of 100. */
export async function seed(h: StoreHarness, collection: Collection<TestDoc>, docs: TestDoc[]): Promise<void> {
  if (h.bulkInsert) return h.bulkInsert(collection, docs);
  for (let i = 0; i < docs.length; i += 100) {
    const chunk = docs.slice(i, i + 100);
    await h.store.transaction(async (tx) => {
      for (const doc of chunk) await tx.create(collection, doc);
    });
  }
}
