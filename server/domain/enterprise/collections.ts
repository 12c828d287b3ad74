import type { CollectionSpec } from '../../store/collections';
import { MODEL_COLLECTIONS } from './model';
import { INVITE_COLLECTIONS } from './invites';
import { VISIT_COLLECTIONS } from './visits';
import { REQUEST_COLLECTIONS } from './requests/model';
import { JOB_COLLECTIONS } from './jobs';
import { POLICY_COLLECTIONS } from './policies';

/** Every collection of 企业直通车, one line per file that declares handles (server/collections.ts lists this). */
export const ENTERPRISE_COLLECTIONS: CollectionSpec[] = [
  ...MODEL_COLLECTIONS,
  ...INVITE_COLLECTIONS,
  ...VISIT_COLLECTIONS,
  ...REQUEST_COLLECTIONS,
  ...JOB_COLLECTIONS,
  ...POLICY_COLLECTIONS,
];
