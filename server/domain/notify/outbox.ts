import { randomUUID } from 'node:crypto';
import { defineCollection } from '../../store/collections';
import type { DocumentStore, Tx } from '../../store/port';

/**
 * Notifications are written to the outbox in the same transaction as the change
 * they announce, so a message exists exactly when its change does. Readers: the
 * in-app 消息 list; in WeChat, a sender turns entries into subscription messages.
 */
export interface OutboxMessage {
  _id: string;
  recipient: string;
  kind: string;
  title: string;
  body: string;
  /** A page of the app to open from the message, if any. */
  page: string | null;
  /** A phone number the message asks the reader to call (shown tap-to-call); absent when it asks none. */
  phone?: string | null;
  createdAt: string;
  readAt: string | null;
  /** When a WeChat subscription message went out (null: not yet, or not applicable). */
  pushedAt: string | null;
  /** The sender's bookkeeping (server/platform/subscribe-sender.ts), absent until it first tries. */
  pushAttempts?: number;
  pushError?: string | null;
  /** Set while one run is sending, so an overlapping run skips it. */
  pushClaimedAt?: string | null;
  /** Set when it will not be tried again (permanent refusal, or too many attempts). */
  pushGaveUpAt?: string | null;
}

export const OUTBOX = defineCollection<OutboxMessage>('outbox', [
  {
    name: 'recipient_created',
    fields: [
      ['recipient', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
]);

export const NOTIFY_COLLECTIONS = [OUTBOX];

/** Someone's messages, newest first (the 消息 list, the personal-data export). */
export function messagesTo(store: DocumentStore, recipient: string, limit: number): Promise<OutboxMessage[]> {
  return store.find(OUTBOX, { recipient }, { orderBy: [['createdAt', 'desc']], limit });
}

/** How many of someone's messages they have not opened yet. */
export function unreadCount(store: DocumentStore, recipient: string): Promise<number> {
  return store.count(OUTBOX, { recipient, readAt: null });
}

export interface NewMessage {
  recipient: string;
  kind: string;
  title: string;
  body: string;
  page?: string;
  phone?: string | null;
}

export async function queueMessage(tx: Tx, message: NewMessage, now: Date): Promise<OutboxMessage> {
  const doc: OutboxMessage = {
    _id: randomUUID(),
    recipient: message.recipient,
    kind: message.kind,
    title: message.title,
    body: message.body,
    page: message.page ?? null,
    ...(message.phone ? { phone: message.phone } : {}),
    createdAt: now.toISOString(),
    readAt: null,
    pushedAt: null,
  };
  await tx.create(OUTBOX, doc);
  return doc;
}
