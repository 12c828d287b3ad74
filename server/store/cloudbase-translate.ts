import { TransientConflictError, assertFieldPath, isFieldOps, type Filter, type Scalar } from './port';

/**
 * The part of `db.command` the adapter uses. Structural, so the real SDK
 * object and a test double both fit; results are opaque to us.
 */
export interface CbCommand {
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  in(values: unknown): unknown;
  nin(values: unknown): unknown;
  and(...expressions: unknown[]): unknown;
  set(value: unknown): unknown;
  remove(): unknown;
}

type Clause = Record<string, unknown>;

/**
 * Filter -> argument of `where()`, with the semantics of the SQLite adapter
 * (the reference), which differ from MongoDB's in two places:
 * - `$exists` there means "present and not null" (json_extract gives NULL for
 *   both), so it maps to `$ne: null` / `$eq: null`, not to Mongo's `$exists`;
 * - `$nin` there never matches a missing or null field (NULL NOT IN (...) is
 *   NULL), so a non-empty `$nin` also requires `$ne: null`; an empty one matches all.
 * Returns null for "no condition" because `where({})` is not needed then.
 */
export function translateFilter(filter: Filter, _: CbCommand): unknown {
  const clauses: Clause[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (field !== '_id') assertFieldPath(field);
    if (condition === undefined) {
      // The types forbid it, but JS callers slip: SQLite compares with NULL and
      // matches nothing, and so must we (the SDK would drop the key and match everything).
      clauses.push({ [field]: _.in([]) });
      continue;
    }
    if (!isFieldOps(condition)) {
      // Mongo's {f: null} matches null and missing, as SQLite's IS NULL does.
      clauses.push({ [field]: condition });
      continue;
    }
    for (const [op, value] of Object.entries(condition)) {
      if (value === undefined) throw new Error(`filter operator ${op} on ${field} has no value`);
      switch (op) {
        case '$in':
          clauses.push({ [field]: _.in(value as Scalar[]) });
          break;
        case '$nin':
          if ((value as Scalar[]).length === 0) break;
          clauses.push({ [field]: _.nin(value as Scalar[]) }, { [field]: _.neq(null) });
          break;
        case '$ne':
          clauses.push({ [field]: _.neq(value) });
          break;
        case '$gt':
          clauses.push({ [field]: _.gt(value) });
          break;
        case '$gte':
          clauses.push({ [field]: _.gte(value) });
          break;
        case '$lt':
          clauses.push({ [field]: _.lt(value) });
          break;
        case '$lte':
          clauses.push({ [field]: _.lte(value) });
          break;
        case '$exists':
          clauses.push({ [field]: value ? _.neq(null) : _.eq(null) });
          break;
        default:
          throw new Error(`unsupported filter operator: ${op}`);
      }
    }
  }
  if (clauses.length === 0) return null;
  // One object when every field appears once (the common case, friendlier to
  // index selection); an explicit $and when a field carries several conditions,
  // since an object cannot hold the same key twice.
  const seen = new Set<string>();
  const merged: Clause = {};
  for (const clause of clauses) {
    const key = Object.keys(clause)[0];
    if (seen.has(key)) return _.and(clauses);
    seen.add(key);
    merged[key] = clause[key];
  }
  return merged;
}

/**
 * Port patch ("replace these top-level fields") -> argument of `doc.update()`.
 * CloudBase flattens nested objects into dotted `$set`s, which would MERGE an
 * object field (and silently drop `{}`), so objects and arrays are wrapped in
 * `_.set()`. `undefined` removes the field, as it does in the SQLite adapter
 * (JSON.stringify drops it there). `_id` is never written.
 */
export function translatePatch(patch: Record<string, unknown>, _: CbCommand): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(patch)) {
    if (field === '_id') continue;
    if (raw === undefined) {
      out[field] = _.remove();
      continue;
    }
    const value = toPlain(raw);
    out[field] = value !== null && typeof value === 'object' ? _.set(value) : value;
  }
  return out;
}

/**
 * A JSON round trip, so CloudBase stores exactly what SQLite would: Dates
 * become ISO strings, undefined disappears, class instances become plain data.
 */
export function toPlain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The document body to write: plain JSON without `_id` (CloudBase keeps the id itself and rejects `_id` in set/update). */
export function toCloudBody(doc: object): Record<string, unknown> {
  const body = toPlain(doc) as Record<string, unknown>;
  delete body._id;
  return body;
}

/** A stored document as the port returns it: `_id` always present, as a string. */
export function fromCloud<T>(raw: unknown, id?: string): T {
  const doc = { ...(raw as Record<string, unknown>) };
  doc._id = id ?? String(doc._id);
  return doc as T;
}

export interface CloudbaseErrorInfo {
  code: string;
  message: string;
}

/** The SDK throws TcbError {code, message}, but some paths return `{ code, message }` instead of throwing. */
export function cloudbaseError(value: unknown): CloudbaseErrorInfo | null {
  if (value === null || typeof value !== 'object') return null;
  const { code, message } = value as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' && typeof code !== 'number') return null;
  if (code === '' || code === 0) return null;
  return { code: String(code), message: typeof message === 'string' ? message : '' };
}

/**
 * A lost race between transactions. CloudBase reports it as code
 * DATABASE_TRANSACTION_CONFLICT with a message starting
 * "[ResourceUnavailable.TransactionConflict] Transaction is conflict, ..."
 * (the SDK's own runTransaction retries exactly on that code). The message
 * checks are a fallback for wrappers that keep only the text.
 */
export function isTransactionConflict(err: unknown): boolean {
  const info = cloudbaseError(err);
  if (info?.code === 'DATABASE_TRANSACTION_CONFLICT') return true;
  const message = info?.message ?? (err instanceof Error ? err.message : '');
  return /TransactionConflict|DATABASE_TRANSACTION_CONFLICT|WriteConflict/.test(message);
}

export function isCollectionMissing(err: unknown): boolean {
  const info = cloudbaseError(err);
  return info?.code === 'DATABASE_COLLECTION_NOT_EXIST' || /Db or Table not exist/i.test(info?.message ?? '');
}

/** An SDK failure as something we can throw: conflicts become retryable, others keep code and message. */
export function translateError(err: unknown): unknown {
  if (err instanceof TransientConflictError) return err;
  if (isTransactionConflict(err))
    return new TransientConflictError(cloudbaseError(err)?.message || 'transaction conflict');
  if (err instanceof Error) return err;
  const info = cloudbaseError(err);
  if (info) return Object.assign(new Error(`CloudBase ${info.code}: ${info.message}`), { code: info.code });
  return err;
}

/** Throws when the SDK answered with an error object instead of throwing one. */
export function checked<T>(result: T): T {
  const info = cloudbaseError(result);
  if (info) throw translateError(result);
  return result;
}
