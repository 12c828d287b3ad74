import { collectionName, type CollectionRef, type Doc, type DocumentStore, type Tx } from '../../server/store/port';

/**
 * Maps every collection name to `prefix + name`, so the contract suite can run
 * on a shared CloudBase environment without touching real collections.
 */
export function prefixed(store: DocumentStore, prefix: string): DocumentStore {
  const c = (ref: CollectionRef<Doc>) => `${prefix}${collectionName(ref)}`;
  return {
    get: (name, id) => store.get(c(name), id),
    find: (name, filter, options) => store.find(c(name), filter, options),
    count: (name, filter) => store.count(c(name), filter),
    close: () => store.close(),
    transaction: (fn) =>
      store.transaction((tx) => {
        const mapped: Tx = {
          get: (name, id) => tx.get(c(name), id),
          create: (name, doc) => tx.create(c(name), doc),
          set: (name, doc) => tx.set(c(name), doc),
          update: (name, id, patch) => tx.update(c(name), id, patch),
          remove: (name, id) => tx.remove(c(name), id),
        };
        return fn(mapped);
      }),
  };
}
