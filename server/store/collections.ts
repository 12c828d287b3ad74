import type { Doc, SortDirection } from './port';

/**
 * A collection and the indexes its queries need. Both adapters read these:
 * SQLite creates expression indexes from them, and the CloudBase index list in
 * docs/deploy.md (and `npm run deploy`) comes from the same specs.
 */
export interface IndexSpec {
  name: string;
  fields: Array<[field: string, direction: SortDirection]>;
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
}

/**
 * A typed handle on one collection: its name, its indexes and (in the type
 * only) the document it holds. The store port takes handles, so a call site
 * never asserts a document type and a collection is named in one place.
 */
export interface Collection<T extends Doc> extends CollectionSpec {
  /** Phantom: never set, it only carries the document type to the port. */
  readonly __doc?: T;
}

export function defineCollection<T extends Doc>(name: string, indexes: IndexSpec[] = []): Collection<T> {
  return Object.freeze({ name, indexes });
}

/** The document type a handle holds. */
export type DocOf<C> = C extends Collection<infer T> ? T : never;
