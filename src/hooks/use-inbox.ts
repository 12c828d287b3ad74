import { useCallback } from 'react';
import { call } from '../api/client';
import { toApiError, type ApiError } from '../api/errors';
import type { Inbox, InboxMessage } from '../api/types';
import { needsLogin } from '../auth/session';
import { useResource } from './use-resource';

function withRead(inbox: Inbox | null, id: string, read: boolean): Inbox | null {
  if (!inbox) return inbox;
  const target = inbox.messages.find((m) => m.id === id);
  if (!target || target.read === read) return inbox;
  return {
    unread: Math.max(0, inbox.unread + (read ? -1 : 1)),
    messages: inbox.messages.map((m) => (m.id === id ? { ...m, read } : m)),
  };
}

/** The in-app message list (the outbox addressed to me). */
export function useInbox() {
  const inbox = useResource<Inbox>(() => call('account', 'inbox', { limit: 50 }), { enabled: !needsLogin() });
  const { setData } = inbox;

  /** Shows the message read at once and puts it back if the server refuses; resolves with the error, if any. */
  const markRead = useCallback(
    async (message: InboxMessage): Promise<ApiError | null> => {
      if (message.read) return null;
      setData((prev) => withRead(prev, message.id, true));
      try {
        await call('account', 'markRead', { ids: [message.id] });
        return null;
      } catch (err) {
        setData((prev) => withRead(prev, message.id, false));
        return toApiError(err);
      }
    },
    [setData],
  );

  return { ...inbox, markRead };
}
