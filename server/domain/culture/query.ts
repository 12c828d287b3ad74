import type { Collection } from '../../store/collections';
import { MAX_LIMIT, type Doc, type DocumentStore, type Filter, type SortDirection } from '../../store/port';

/**
 * Reads every matching document page by page (CloudBase returns at most 1000
 * per call). The order must end on a unique field so pages never overlap.
 */
export async function findAll<T extends Doc>(
  store: DocumentStore,
  collection: Collection<T>,
  filter: Filter,
  orderBy: Array<[string, SortDirection]>,
  cap = 20_000,
): Promise<T[]> {
  const rows: T[] = [];
  const order: Array<[string, SortDirection]> = orderBy.some(([field]) => field === '_id')
    ? orderBy
    : [...orderBy, ['_id', 'asc']];
  for (let skip = 0; rows.length < cap; skip += MAX_LIMIT) {
    const page = await store.find(collection, filter, { orderBy: order, limit: MAX_LIMIT, skip });
    rows.push(...page);
    if (page.length < MAX_LIMIT) break;
  }
  return rows.slice(0, cap);
}

/** Documents by id, in the given order, skipping any that are gone. */
export async function getMany<T extends Doc>(
  store: DocumentStore,
  collection: Collection<T>,
  ids: readonly string[],
): Promise<T[]> {
  const unique = [...new Set(ids)];
  const byId = new Map<string, T>();
  for (const doc of await Promise.all(unique.map((id) => store.get(collection, id)))) if (doc) byId.set(doc._id, doc);
  return ids.flatMap((id) => byId.get(id) ?? []);
}
