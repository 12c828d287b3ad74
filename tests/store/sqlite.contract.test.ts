import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COLLECTIONS } from '../../server/collections';
import { SqliteStore } from '../../server/store/sqlite';
import { describeStoreContract } from './contract';

describeStoreContract('SqliteStore (temp file)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dqej-store-'));
  const store = new SqliteStore(path.join(dir, 'test.db'), { collections: COLLECTIONS });
  return {
    store,
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
