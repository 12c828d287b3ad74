/*
 * Just enough MongoDB semantics to evaluate what the CloudBase SDK sends:
 * query operators $eq $ne $gt $gte $lt $lte $in $nin $exists $and, dotted
 * paths, sort with Mongo's type order, and $set / $unset updates.
 */
export type MongoDoc = Record<string, unknown>;

const MISSING = Symbol('missing');

function lookup(doc: MongoDoc, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(part in (value as object))) return MISSING;
    value = (value as MongoDoc)[part];
  }
  return value;
}

/** Mongo's BSON type order for the types we store: null < numbers < strings < objects < arrays < booleans. */
function rank(v: unknown): number {
  if (v === MISSING || v === null || v === undefined) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'string') return 2;
  if (Array.isArray(v)) return 4;
  if (typeof v === 'object') return 3;
  if (typeof v === 'boolean') return 5;
  return 6;
}

function compare(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1 || ra === 2 || ra === 5) return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
  return JSON.stringify(a) === JSON.stringify(b) ? 0 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}

/** {f: null} and {$eq: null} match null and missing; otherwise same type and value. */
function equals(value: unknown, target: unknown): boolean {
  if (target === null) return value === null || value === MISSING;
  if (value === MISSING) return false;
  return rank(value) === rank(target) && compare(value, target) === 0;
}

function matchOperators(value: unknown, ops: MongoDoc): boolean {
  return Object.entries(ops).every(([op, arg]) => {
    switch (op) {
      case '$eq':
        return equals(value, arg);
      case '$ne':
        return !equals(value, arg);
      case '$in':
        return (arg as unknown[]).some((t) => equals(value, t));
      case '$nin':
        return !(arg as unknown[]).some((t) => equals(value, t));
      case '$exists':
        return (value !== MISSING) === Boolean(arg);
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        // Comparisons only match values of the same type bracket.
        if (value === MISSING || rank(value) !== rank(arg)) return false;
        const c = compare(value, arg);
        return op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0;
      }
      default:
        throw new Error(`fake-mongo: unsupported operator ${op}`);
    }
  });
}

export function matches(doc: MongoDoc, query: object): boolean {
  return Object.entries(query).every(([key, cond]) => {
    if (key === '$and') return (cond as object[]).every((q) => matches(doc, q));
    if (key.startsWith('$')) throw new Error(`fake-mongo: unsupported logic ${key}`);
    const value = lookup(doc, key);
    const isOps =
      cond !== null &&
      typeof cond === 'object' &&
      !Array.isArray(cond) &&
      Object.keys(cond).every((k) => k.startsWith('$'));
    return isOps ? matchOperators(value, cond as MongoDoc) : equals(value, cond);
  });
}

export function sortDocs(docs: MongoDoc[], order: Array<[string, 'asc' | 'desc']>): MongoDoc[] {
  if (order.length === 0) return docs;
  return [...docs].sort((a, b) => {
    for (const [field, dir] of order) {
      const c = compare(lookup(a, field), lookup(b, field));
      if (c !== 0) return dir === 'desc' ? -c : c;
    }
    return 0;
  });
}

function setPath(doc: MongoDoc, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = doc;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === null || typeof node[part] !== 'object') node[part] = {};
    node = node[part] as MongoDoc;
  }
  node[parts[parts.length - 1]] = value;
}

function unsetPath(doc: MongoDoc, path: string): void {
  const parts = path.split('.');
  let node: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as MongoDoc)[part];
  }
  if (node !== null && typeof node === 'object') delete (node as MongoDoc)[parts[parts.length - 1]];
}

export function applyUpdate(doc: MongoDoc, update: MongoDoc): MongoDoc {
  const next = structuredClone(doc);
  for (const [op, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries(fields as MongoDoc)) {
      if (op === '$set') setPath(next, path, structuredClone(value));
      else if (op === '$unset') unsetPath(next, path);
      else throw new Error(`fake-mongo: unsupported update ${op}`);
    }
  }
  return next;
}
