import type { Collection } from './collections';

/**
 * The one storage port of the back end. It is shaped by what CloudBase
 * transactions allow: inside a transaction only single documents addressed by
 * id (get / create / set / update / remove); queries only outside, on committed
 * data. Uniqueness therefore comes from deterministic ids, and counters that
 * must hold under load (seats, quotas) live on single documents changed in the
 * same transaction as the record they count.
 */
export type Scalar = string | number | boolean | null;

export interface FieldOps {
  $in?: Scalar[];
  $nin?: Scalar[];
  $ne?: Scalar;
  $gt?: Scalar;
  $gte?: Scalar;
  $lt?: Scalar;
  $lte?: Scalar;
  $exists?: boolean;
}

/** Conditions on top-level or dotted fields, all of which must hold (AND). */
export type Filter = Record<string, Scalar | FieldOps>;

export type SortDirection = 'asc' | 'desc';

export interface FindOptions {
  orderBy?: Array<[field: string, direction: SortDirection]>;
  /** Defaults to 100 and is capped at 1000, as CloudBase does. */
  limit?: number;
  skip?: number;
}

export interface Doc {
  _id: string;
}

/**
 * A collection as the port accepts it: a typed handle, declared once with
 * defineCollection beside its document type. There is no bare-name form, so
 * no call site names a collection or asserts the document it reads.
 */
export type CollectionRef<T extends Doc> = Collection<T>;

/** The checked name behind a collection handle (adapters call it on every entry). */
export function collectionName(ref: Collection<Doc>): string {
  assertCollectionName(ref.name);
  return ref.name;
}

/** What a transaction may do: single documents by id, nothing else. */
export interface Tx {
  get<T extends Doc>(collection: CollectionRef<T>, id: string): Promise<T | null>;
  /** Inserts; fails with CONFLICT when the id exists (uniqueness by deterministic id). */
  create<T extends Doc>(collection: CollectionRef<T>, doc: T): Promise<void>;
  /** Inserts or replaces the whole document. */
  set<T extends Doc>(collection: CollectionRef<T>, doc: T): Promise<void>;
  /** Replaces the given top-level fields of an existing document; NOT_FOUND if it is missing. */
  update<T extends Doc>(collection: CollectionRef<T>, id: string, patch: Partial<Omit<T, '_id'>>): Promise<void>;
  remove<T extends Doc>(collection: CollectionRef<T>, id: string): Promise<void>;
}

export interface DocumentStore {
  get<T extends Doc>(collection: CollectionRef<T>, id: string): Promise<T | null>;
  find<T extends Doc>(collection: CollectionRef<T>, filter?: Filter, options?: FindOptions): Promise<T[]>;
  count<T extends Doc>(collection: CollectionRef<T>, filter?: Filter): Promise<number>;
  /**
   * Runs fn atomically: all its writes land or none do. The function may run
   * more than once when the platform reports a conflict, so it must do nothing
   * but store calls (side effects go to the outbox collection, in the same transaction).
   */
  transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** Thrown by an adapter when a transaction lost a race it may win on retry. */
export class TransientConflictError extends Error {
  constructor(message = 'transaction conflict') {
    super(message);
    this.name = 'TransientConflictError';
  }
}

const COLLECTION_NAME = /^[a-z][a-z0-9_]{0,63}$/;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function assertCollectionName(name: string): void {
  if (!COLLECTION_NAME.test(name)) throw new Error(`invalid collection name: ${name}`);
}

export function assertFieldPath(path: string): void {
  if (!FIELD_PATH.test(path)) throw new Error(`invalid field path: ${path}`);
}

export function isFieldOps(value: unknown): value is FieldOps {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}
