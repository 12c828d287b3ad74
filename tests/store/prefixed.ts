import { defineCollection, type Collection } from '../../server/store/collections';
import type { Doc, DocumentStore, Tx } from '../../server/store/port';

/**
 * Maps every collection to one named `prefix + name` (same document type and
 * indexes), so the contract suite can run on a shared CloudBase environment
 * without touching real collections.
 */
export function prefixed(store: DocumentStore, prefix: string): DocumentStore {
  const c = <T extends Doc>(handle: Collection<T>): Collection<T> =>
    defineCollection<T>(`${prefix}${handle.name}`, handle.indexes);
  return {
    get: (handle, id) => store.get(c(handle), id),
    find: (handle, filter, options) => store.find(c(handle), filter, options),
    count: (handle, filter) => store.count(c(handle), filter),
    close: () => store.close(),
    transaction: (fn) =>
      store.transaction((tx) => {
        const mapped: Tx = {
          get: (handle, id) => tx.get(c(handle), id),
          create: (handle, doc) => tx.create(c(handle), doc),
          set: (handle, doc) => tx.set(c(handle), doc),
          update: (handle, id, patch) => tx.update(c(handle), id, patch),
          remove: (handle, id) => tx.remove(c(handle), id),
        };
        return fn(mapped);
      }),
  };
}
