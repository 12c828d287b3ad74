import tcb from '@cloudbase/node-sdk';
import { CloudbaseStore } from '../../server/store/cloudbase';
import { withRetries } from '../../server/store/retrying';
import { CONTRACT_COLLECTIONS, describeStoreContract } from './contract';
import { prefixed } from './prefixed';

/*
 * The same contract against a real CloudBase environment. It needs an env and
 * an API key pair (CAM) with database access; without them it skips and says why.
 * It writes only to collections named `${prefix}<name>` and empties them
 * before and after every test.
 */
const { TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
const PREFIX = process.env.TCB_TEST_PREFIX ?? 'contract_';

if (!TCB_ENV_ID || !TCB_SECRET_ID || !TCB_SECRET_KEY) {
  const reason = 'CloudBase contract: skipped because TCB_ENV_ID / TCB_SECRET_ID / TCB_SECRET_KEY are not set';
  console.info(reason);
  test.skip(reason, () => undefined);
} else {
  const app = tcb.init({ env: TCB_ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY });
  const db = app.database();
  const raw = new CloudbaseStore(db);
  const names = CONTRACT_COLLECTIONS.map((c) => `${PREFIX}${c.name}`);
  let ready: Promise<void> | null = null;

  const empty = async () => {
    for (const name of names)
      await db
        .collection(name)
        .where({ _id: db.command.exists(true) })
        .remove();
  };

  describeStoreContract(
    `CloudbaseStore (env ${TCB_ENV_ID}, prefix ${PREFIX})`,
    async () => {
      ready ??= raw.ensureCollections(names);
      await ready;
      await empty();
      return {
        store: prefixed(raw, PREFIX),
        cleanup: empty,
        bulkInsert: async (collection, docs) => {
          for (let i = 0; i < docs.length; i += 500)
            await db.collection(`${PREFIX}${collection.name}`).add(docs.slice(i, i + 500));
        },
      };
    },
    // Remote transactions lose races for real, so the concurrency case goes through the retry wrapper.
    {
      concurrentIncrements: 10,
      wrapForConcurrency: (s) => withRetries(s, { attempts: 20, baseDelayMs: 50 }),
      timeoutMs: 180_000,
    },
  );
}
