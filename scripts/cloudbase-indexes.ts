import { COLLECTIONS } from '../server/collections';
import type { CollectionSpec } from '../server/store/collections';

/**
 * The collections and indexes CloudBase needs, from the same specs SQLite
 * builds its indexes from. node-sdk cannot create indexes, so this prints them
 * for the console, for `@cloudbase/manager-node` (`database.updateCollection`)
 * and for the WeChat HTTP API (`tcb/updateindex`).
 *
 *   npx tsx scripts/cloudbase-indexes.ts          Markdown table + JSON
 *   npx tsx scripts/cloudbase-indexes.ts --json   JSON only
 *   npx tsx scripts/cloudbase-indexes.ts --md     Markdown only
 *   ENV_ID=... TCB_SECRET_ID=... TCB_SECRET_KEY=... npx tsx scripts/cloudbase-indexes.ts --apply
 *        creates collections and missing indexes, if @cloudbase/manager-node is installed
 */

/** CloudBase allows at most 20 indexes per collection (besides _id). */
export const MAX_INDEXES = 20;

export interface ManagerIndex {
  IndexName: string;
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: '1' | '-1' }> };
}

export interface CollectionPlan {
  collection: string;
  /** `manager.database.updateCollection(collection, { CreateIndexes })` */
  CreateIndexes: ManagerIndex[];
  /** Body for POST https://api.weixin.qq.com/tcb/updateindex (plus env and collection_name). */
  create_indexes: Array<{ name: string; unique: boolean; keys: Array<{ name: string; direction: '1' | '-1' }> }>;
}

export function indexPlan(specs: CollectionSpec[] = COLLECTIONS): CollectionPlan[] {
  return specs.map((spec) => {
    if (spec.indexes.length > MAX_INDEXES)
      throw new Error(`${spec.name}: ${spec.indexes.length} indexes, CloudBase allows ${MAX_INDEXES}`);
    return {
      collection: spec.name,
      CreateIndexes: spec.indexes.map((index) => ({
        IndexName: index.name,
        MgoKeySchema: {
          MgoIsUnique: Boolean(index.unique),
          MgoIndexKeys: index.fields.map(([field, dir]) => ({ Name: field, Direction: dir === 'desc' ? '-1' : '1' })),
        },
      })),
      create_indexes: spec.indexes.map((index) => ({
        name: index.name,
        unique: Boolean(index.unique),
        keys: index.fields.map(([field, dir]) => ({ name: field, direction: dir === 'desc' ? '-1' : '1' })),
      })),
    };
  });
}

export function markdownTable(specs: CollectionSpec[] = COLLECTIONS): string {
  const rows = [
    '| 集合 collection | 索引名 index | 字段（1 升序 / -1 降序） | 唯一 unique |',
    '| --- | --- | --- | --- |',
  ];
  for (const spec of specs) {
    if (spec.indexes.length === 0) rows.push(`| ${spec.name} | (只需 _id) | | |`);
    for (const index of spec.indexes) {
      const fields = index.fields.map(([f, d]) => `${f}: ${d === 'desc' ? '-1' : '1'}`).join(', ');
      rows.push(`| ${spec.name} | ${index.name} | ${fields} | ${index.unique ? '是' : '否'} |`);
    }
  }
  return rows.join('\n');
}

interface ManagerLike {
  database: {
    checkCollectionExists(name: string): Promise<{ Exists: boolean }>;
    createCollection(name: string): Promise<unknown>;
    checkIndexExists(collection: string, index: string): Promise<{ Exists: boolean }>;
    updateCollection(collection: string, options: { CreateIndexes: ManagerIndex[] }): Promise<unknown>;
  };
}

/** Optional: only when @cloudbase/manager-node has been installed by whoever deploys. */
async function apply(): Promise<void> {
  const { ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
  if (!ENV_ID || !TCB_SECRET_ID || !TCB_SECRET_KEY)
    throw new Error('--apply needs ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY');
  let CloudBase: new (options: object) => ManagerLike;
  try {
    const moduleName = '@cloudbase/manager-node';
    const mod = require(moduleName) as { default?: typeof CloudBase } & typeof CloudBase;
    CloudBase = mod.default ?? mod;
  } catch {
    throw new Error(
      '@cloudbase/manager-node is not installed: create the indexes in the console from the table above (docs/deploy.md)',
    );
  }
  const manager = new CloudBase({ envId: ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY });
  for (const plan of indexPlan()) {
    if (!(await manager.database.checkCollectionExists(plan.collection)).Exists) {
      await manager.database.createCollection(plan.collection);
      console.log(`+ collection ${plan.collection}`);
    }
    for (const index of plan.CreateIndexes) {
      if ((await manager.database.checkIndexExists(plan.collection, index.IndexName)).Exists) continue;
      await manager.database.updateCollection(plan.collection, { CreateIndexes: [index] });
      console.log(`+ index ${plan.collection}.${index.IndexName}`);
    }
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--apply')) return apply();
  if (!args.has('--json')) console.log(`${markdownTable()}\n`);
  if (!args.has('--md')) console.log(JSON.stringify(indexPlan(), null, 2));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
