import { CloudbaseStore } from '../../server/store/cloudbase';
import { withRetries } from '../../server/store/retrying';
import { describeStoreContract } from './contract';
import { FakeCloudbase } from './fake-cloudbase';

/*
 * The contract on CloudbaseStore over the in-memory CloudBase double: the SDK's
 * real command objects and serializers, Mongo query semantics, snapshot
 * transactions with write conflicts. It proves the adapter's translation and
 * transaction handling, not the service itself (cloudbase.contract.test.ts does
 * that when credentials are present).
 */
describeStoreContract(
  'CloudbaseStore over an in-memory CloudBase double',
  async () => {
    const db = new FakeCloudbase();
    return {
      store: new CloudbaseStore(db),
      cleanup: async () => undefined,
      bulkInsert: async (collection, docs) => db.insert(collection.name, docs),
    };
  },
  // The double reports real write conflicts, so concurrent increments need the retry wrapper, as on CloudBase.
  { concurrentIncrements: 20, wrapForConcurrency: (s) => withRetries(s, { attempts: 12, baseDelayMs: 2 }) },
);
