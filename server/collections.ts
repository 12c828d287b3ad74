import type { CollectionSpec } from './store/collections';
import { INVITE_COLLECTIONS } from './domain/account/invites';
import { USER_COLLECTIONS } from './domain/account/users';
import { NOTIFY_COLLECTIONS } from './domain/notify/outbox';
import { ORG_COLLECTIONS } from './domain/org/org';
import { CULTURE_COLLECTIONS } from './domain/culture/model';
import { ELDERCARE_COLLECTIONS } from './domain/eldercare/model';
import { ISSUE_COLLECTIONS } from './domain/issues/model';
import { MODERATION_COLLECTIONS } from './domain/moderation/model';

/** All collections and their indexes: SQLite creates them, the CloudBase index list is printed from them. */
export const COLLECTIONS: CollectionSpec[] = [...USER_COLLECTIONS, ...INVITE_COLLECTIONS, ...NOTIFY_COLLECTIONS, ...ORG_COLLECTIONS, ...CULTURE_COLLECTIONS, ...ELDERCARE_COLLECTIONS, ...ISSUE_COLLECTIONS, ...MODERATION_COLLECTIONS];
