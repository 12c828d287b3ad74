import tcb from '@cloudbase/node-sdk';
import { QuerySerializer } from '@cloudbase/database/dist/commonjs/serializer/query';
import { UpdateSerializer } from '@cloudbase/database/dist/commonjs/serializer/update';
import type { CbCollection, CbDb, CbDocRef, CbQuery, CbTransaction } from '../../server/store/cloudbase';
import { matches, sortDocs, applyUpdate, type MongoDoc } from './fake-mongo';

/**
 * An in-memory stand-in for `app.database()`. Commands come from the real SDK
 * and queries/updates are encoded by the SDK's own serializers into the Mongo
 * JSON that would go over the wire, then evaluated with MongoDB semantics
 * (fake-mongo.ts). So a wrong translation in the adapter shows up as a wrong
 * result, the way it would on CloudBase.
 *
 * Transactions: snapshot reads plus own writes; a write fails with CloudBase's
 * conflict error when another transaction committed that document after this
 * one started, or holds an uncommitted write on it (MongoDB's write-conflict rule).
 */
export const CONFLICT = {
  code: 'DATABASE_TRANSACTION_CONFLICT',
  message:
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
};

const realCommand = tcb.init({ env: 'fake-env' }).database().command;

/** Every committed version of a document, oldest first (null = removed), so snapshots can be read. */
type Versions = Array<{ doc: MongoDoc | null; seq: number }>;

const latest = (v: Versions | undefined) => (v && v.length ? v[v.length - 1] : undefined);

export class FakeCloudbase implements CbDb {
  readonly command = realCommand;
  readonly collections = new Map<string, Map<string, Versions>>();
  /** Every request, for tests that check what was sent. */
  readonly log: Array<{ op: string; collection: string; arg?: unknown }> = [];
  requireCollections = false;
  private seq = 0;
  private readonly locks = new Map<string, object>();

  async createCollection(name: string): Promise<unknown> {
    if (this.collections.has(name))
      return { code: 'DATABASE_COLLECTION_ALREADY_EXIST', message: 'collection already exists' };
    this.collections.set(name, new Map());
    return { requestId: 'r' };
  }

  collection(name: string): CbCollection {
    return this.query(name, {});
  }

  async startTransaction(): Promise<CbTransaction> {
    const startSeq = this.seq;
    const writes = new Map<string, MongoDoc | null>();
    const held = new Set<string>();
    const token = {};
    let done = false;
    const key = (c: string, id: string) => `${c}\u0000${id}`;
    const end = () => {
      done = true;
      for (const k of held) if (this.locks.get(k) === token) this.locks.delete(k);
    };
    const alive = () => {
      if (done)
        throw {
          code: 'DATABASE_TRANSACTION_FAIL',
          message: '[ResourceUnavailable.TransactionNotExist] Transaction does not exist',
        };
    };
    const current = (c: string, id: string): MongoDoc | null => {
      const k = key(c, id);
      if (writes.has(k)) return writes.get(k) ?? null;
      // Snapshot read: the version committed last before this transaction started.
      const versions = this.table(c).get(id) ?? [];
      const seen = [...versions].reverse().find((v) => v.seq <= startSeq);
      return seen?.doc ? clone(seen.doc) : null;
    };
    const write = (c: string, id: string, next: MongoDoc | null) => {
      alive();
      const k = key(c, id);
      const last = latest(this.table(c).get(id));
      const holder = this.locks.get(k);
      if ((last && last.seq > startSeq) || (holder && holder !== token)) {
        end(); // the server aborts the transaction on a write conflict
        throw { ...CONFLICT };
      }
      this.locks.set(k, token);
      held.add(k);
      writes.set(k, next);
    };
    const docRef = (c: string, id: string): CbDocRef => ({
      get: async () => {
        alive();
        return { data: current(c, id) };
      },
      set: async (data) => {
        noId(data);
        this.log.push({ op: 'tx.set', collection: c, arg: data });
        write(c, id, { ...clone(data as MongoDoc), _id: id });
        return { updated: 1 };
      },
      update: async (data) => {
        noId(data);
        const encoded = UpdateSerializer.encode(data as never);
        this.log.push({ op: 'tx.update', collection: c, arg: encoded });
        const before = current(c, id);
        if (before) write(c, id, applyUpdate(before, encoded));
        return { updated: before ? 1 : 0 };
      },
      remove: async () => {
        write(c, id, null);
        return { deleted: 1 };
      },
    });
    return {
      collection: (c: string) => ({ doc: (id: string) => docRef(c, id) }),
      commit: async () => {
        alive();
        const seq = ++this.seq;
        for (const [k, doc] of writes) {
          const [c, id] = k.split('\u0000');
          const versions = this.table(c).get(id) ?? [];
          versions.push({ doc, seq });
          this.table(c).set(id, versions);
        }
        end();
        return { requestId: 'r' };
      },
      rollback: async () => {
        alive();
        end();
        return { requestId: 'r' };
      },
    };
  }

  /** Test helper: committed content of a collection. */
  dump(c: string): MongoDoc[] {
    return this.committed(c);
  }

  private committed(c: string): MongoDoc[] {
    const docs: MongoDoc[] = [];
    for (const versions of this.table(c).values()) {
      const doc = latest(versions)?.doc;
      if (doc) docs.push(clone(doc));
    }
    return docs;
  }

  private table(c: string): Map<string, Versions> {
    let t = this.collections.get(c);
    if (!t) {
      if (this.requireCollections)
        throw { code: 'DATABASE_COLLECTION_NOT_EXIST', message: '[ResourceNotFound] Db or Table not exist.' };
      t = new Map();
      this.collections.set(c, t);
    }
    return t;
  }

  private query(
    c: string,
    state: { where?: object; order?: Array<[string, 'asc' | 'desc']>; skip?: number; limit?: number },
  ): CbCollection {
    const run = () => {
      const all = this.committed(c);
      return state.where ? all.filter((d) => matches(d, state.where as object)) : all;
    };
    const q: CbCollection = {
      where: (w) => {
        const encoded = QuerySerializer.encode(w as never) as object;
        this.log.push({ op: 'where', collection: c, arg: encoded });
        return this.query(c, { ...state, where: encoded });
      },
      orderBy: (field, dir) => this.query(c, { ...state, order: [...(state.order ?? []), [field, dir]] }),
      skip: (n) => this.query(c, { ...state, skip: n }),
      limit: (n) => this.query(c, { ...state, limit: n }),
      get: async () => {
        this.log.push({ op: 'get', collection: c, arg: { order: state.order, skip: state.skip, limit: state.limit } });
        // As the SDK does: a falsy limit means 100, more than 1000 means 1000.
        const limit = state.limit ? Math.min(state.limit, 1000) : 100;
        const skip = state.skip ?? 0;
        return { data: sortDocs(run(), state.order ?? []).slice(skip, skip + limit) };
      },
      count: async () => ({ total: run().length }),
      doc: (id: string) => ({
        get: async () => {
          const doc = latest(this.table(c).get(id))?.doc;
          return { data: doc ? [clone(doc)] : [] };
        },
        set: async () => Promise.reject(new Error('the adapter writes only inside transactions')),
        update: async () => Promise.reject(new Error('the adapter writes only inside transactions')),
        remove: async () => Promise.reject(new Error('the adapter writes only inside transactions')),
      }),
    };
    return q as CbCollection & CbQuery;
  }

  /** Test helper: insert committed documents directly (the bulk seeding path). */
  insert(c: string, docs: object[]): void {
    const seq = ++this.seq;
    for (const doc of docs as MongoDoc[]) this.table(c).set(String(doc._id), [{ doc: clone(doc), seq }]);
  }
}

/** CloudBase refuses `_id` in a set/update body (the SDK answers 不能更新_id的值). */
function noId(data: object): void {
  if (Object.prototype.hasOwnProperty.call(data, '_id')) throw { code: 'INVALID_PARAM', message: '不能更新_id的值' };
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
