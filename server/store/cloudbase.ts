import { AppError } from '../core/errors';
import {
  checked,
  cloudbaseError,
  fromCloud,
  isCollectionMissing,
  toCloudBody,
  translateError,
  translateFilter,
  translatePatch,
  type CbCommand,
} from './cloudbase-translate';
import {
  assertCollectionName,
  assertFieldPath,
  clampLimit,
  collectionName,
  type CollectionRef,
  type Doc,
  type DocumentStore,
  type Filter,
  type FindOptions,
  type Tx,
} from './port';

/*
 * The slice of @cloudbase/node-sdk's database the adapter uses, typed
 * structurally so `app.database()` fits and tests can pass a small double.
 */
export interface CbDocRef {
  get(): Promise<unknown>;
  set(data: object): Promise<unknown>;
  update(data: object): Promise<unknown>;
  remove(): Promise<unknown>;
}

export interface CbQuery {
  where(query: object): CbQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CbQuery;
  skip(offset: number): CbQuery;
  limit(limit: number): CbQuery;
  get(): Promise<unknown>;
  count(): Promise<unknown>;
}

export interface CbCollection extends CbQuery {
  doc(id: string): CbDocRef;
}

export interface CbTransaction {
  collection(name: string): { doc(id: string): CbDocRef };
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

export interface CbDb {
  command: CbCommand;
  collection(name: string): CbCollection;
  startTransaction(): Promise<CbTransaction>;
  createCollection?(name: string): Promise<unknown>;
}

export { translateFilter, translatePatch, isTransactionConflict } from './cloudbase-translate';

/**
 * The production adapter on the CloudBase document database.
 *
 * Transactions run once per call (startTransaction / commit / rollback, not the
 * SDK's runTransaction, which has its own retry loop): retrying lives in
 * store/retrying.ts, and a lost race is reported as TransientConflictError.
 * Inside a transaction CloudBase sees its own writes, and a write to a document
 * another transaction changed fails with DATABASE_TRANSACTION_CONFLICT.
 */
export class CloudbaseStore implements DocumentStore {
  constructor(private readonly db: CbDb) {}

  async get<T extends Doc>(ref: CollectionRef<T>, id: string): Promise<T | null> {
    const collection = collectionName(ref);
    const res = await this.read(() => this.db.collection(collection).doc(id).get());
    // Outside a transaction doc().get() answers { data: [doc] }.
    const data = (res as { data?: unknown } | null)?.data;
    const raw = Array.isArray(data) ? data[0] : data;
    return raw ? fromCloud<T>(raw, id) : null;
  }

  async find<T extends Doc>(ref: CollectionRef<T>, filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    const collection = collectionName(ref);
    const limit = clampLimit(options.limit);
    // The SDK treats limit(0) as "default 100", so answer an empty page ourselves.
    if (limit === 0) return [];
    let query = this.query(collection, filter);
    for (const [field, direction] of options.orderBy ?? []) {
      if (field !== '_id') assertFieldPath(field);
      query = query.orderBy(field, direction === 'desc' ? 'desc' : 'asc');
    }
    const skip = Math.max(0, Math.floor(options.skip ?? 0));
    if (skip > 0) query = query.skip(skip);
    query = query.limit(limit);
    const res = await this.read(() => query.get());
    const data = (res as { data?: unknown[] } | null)?.data ?? [];
    return data.map((raw) => fromCloud<T>(raw));
  }

  async count<T extends Doc>(ref: CollectionRef<T>, filter: Filter = {}): Promise<number> {
    const collection = collectionName(ref);
    const query = this.query(collection, filter);
    const res = await this.read(() => query.count());
    return Number((res as { total?: unknown } | null)?.total ?? 0);
  }

  async transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
    let t: CbTransaction;
    try {
      t = checked(await this.db.startTransaction());
    } catch (err) {
      throw translateError(err);
    }
    let open = true;
    const doc = (ref: CollectionRef<Doc>, id: string): CbDocRef => {
      if (!open) throw new Error('transaction used after it ended');
      return t.collection(collectionName(ref)).doc(id);
    };
    const call = async (op: () => Promise<unknown>): Promise<unknown> => {
      try {
        return checked(await op());
      } catch (err) {
        throw translateError(err);
      }
    };
    const read = async <T extends Doc>(collection: CollectionRef<T>, id: string): Promise<T | null> => {
      // Inside a transaction doc().get() answers { data: doc | null }.
      const res = await call(() => doc(collection, id).get());
      const data = (res as { data?: unknown } | null)?.data;
      const raw = Array.isArray(data) ? data[0] : data;
      return raw ? fromCloud<T>(raw, id) : null;
    };
    const tx: Tx = {
      get: read,
      create: async (collection, value) => {
        // get-then-set is atomic here: a concurrent creator of the same id
        // makes one of the two transactions fail with a conflict.
        if (await read(collection, value._id))
          throw new AppError('CONFLICT', '该记录已存在', { collection: collectionName(collection), id: value._id });
        await call(() => doc(collection, value._id).set(toCloudBody(value)));
      },
      set: async (collection, value) => {
        await call(() => doc(collection, value._id).set(toCloudBody(value)));
      },
      update: async (collection, id, patch) => {
        if (!(await read(collection, id)))
          throw new AppError('NOT_FOUND', undefined, { collection: collectionName(collection), id });
        const data = translatePatch(patch as Record<string, unknown>, this.db.command);
        if (Object.keys(data).length > 0) await call(() => doc(collection, id).update(data));
      },
      remove: async (collection, id) => {
        await call(() => doc(collection, id).remove());
      },
    };
    let result: R;
    try {
      result = await fn(tx);
    } catch (err) {
      open = false;
      await rollbackQuietly(t);
      throw translateError(err);
    }
    open = false;
    try {
      checked(await t.commit());
    } catch (err) {
      await rollbackQuietly(t);
      throw translateError(err);
    }
    return result;
  }

  async close(): Promise<void> {
    // The SDK keeps no connection we own: nothing to release.
  }

  /** Creates collections that do not exist yet (deploy and contract-test helper; not part of the port). */
  async ensureCollections(names: string[]): Promise<void> {
    if (!this.db.createCollection) throw new Error('this database object cannot create collections');
    for (const name of names) {
      assertCollectionName(name);
      try {
        checked(await this.db.createCollection(name));
      } catch (err) {
        const info = cloudbaseError(err);
        const text = `${info?.code ?? ''} ${info?.message ?? (err as Error)?.message ?? ''}`;
        if (!/exist/i.test(text)) throw translateError(err);
      }
    }
  }

  private query(collection: string, filter: Filter): CbQuery {
    const where = translateFilter(filter, this.db.command);
    const base = this.db.collection(collection);
    return where === null ? base : base.where(where as object);
  }

  /** Reads of a collection that was never created answer "nothing", as in the SQLite adapter. */
  private async read(op: () => Promise<unknown>): Promise<unknown> {
    try {
      return checked(await op());
    } catch (err) {
      if (isCollectionMissing(err)) return null;
      throw translateError(err);
    }
  }
}

/**
 * After a write conflict the server has usually aborted the transaction
 * already, so the rollback itself may fail; the original error is what matters.
 */
async function rollbackQuietly(t: CbTransaction): Promise<void> {
  try {
    await t.rollback();
  } catch {
    // ignored on purpose, see above
  }
}
