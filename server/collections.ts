import type { Collection } from './store/collections';
import type { Doc } from './store/port';
import { INVITE_COLLECTIONS } from './domain/account/invites';
import { USER_COLLECTIONS } from './domain/account/users';
import { NOTIFY_COLLECTIONS } from './domain/notify/outbox';
import { ORG_COLLECTIONS } from './domain/org/org';
import { CULTURE_COLLECTIONS } from './domain/culture/model';
import { ELDERCARE_COLLECTIONS } from './domain/eldercare/model';
import { ISSUE_COLLECTIONS } from './domain/issues/model';
import { MODERATION_COLLECTIONS } from './domain/moderation/model';
import { ENTERPRISE_COLLECTIONS } from './domain/enterprise/collections';

/**
 * Every collection handle of every job, in one list: SQLite creates the tables
 * and indexes from it, and the CloudBase index list (docs/deploy.md,
 * `npm run deploy`) is printed from it. A job adds its handles here.
 */
export const COLLECTIONS: Array<Collection<Doc>> = [
  ...USER_COLLECTIONS,
  ...INVITE_COLLECTIONS,
  ...NOTIFY_COLLECTIONS,
  ...ORG_COLLECTIONS,
  ...CULTURE_COLLECTIONS,
  ...ELDERCARE_COLLECTIONS,
  ...ISSUE_COLLECTIONS,
  ...MODERATION_COLLECTIONS,
  ...ENTERPRISE_COLLECTIONS,
];
