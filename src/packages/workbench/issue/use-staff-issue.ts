import { useCallback, useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useMe } from '../../../hooks/use-me';
import { useResource } from '../../../hooks/use-resource';
import type { IssueDetail } from '../../../issues/types';
import { DONE_TEXT, TICKET, type StaffAction } from '../lib/actions';
import { subscribeFor } from '../../../platform/subscribe';

/** What each action form sends; the hook adds the id and the version the page saw. */
export type ActionInput =
  | { action: 'accept' | 'note'; note: string }
  | { action: 'update' | 'resolve'; note: string; photos: string[] }
  | { action: 'return'; reason: string }
  | { action: 'reassign'; gridId: string; note: string }
  | { action: 'reject'; reason: string; redirectTo: string }
  | { action: 'duplicate'; original: string; note: string }
  | { action: 'priority'; priority: 'normal' | 'urgent'; note: string };

export const CONFLICT_TEXT = '已被他人处理，已为您刷新。请看一下最新情况再操作。';

/**
 * One issue on the workbench: the staff view, the caller's roles (which
 * actions to offer), reply templates of its category, grids to reassign to,
 * and the actions. Every action carries the version shown; if a colleague got
 * there first the server answers CONFLICT and the page reloads itself.
 */
export function useStaffIssue(id: string) {
  const issue = useResource<IssueDetail>(() => call('issues', 'get', { id }), { enabled: id !== '' });
  const me = useMe();
  const roles = me.data?.roles.map((r) => r.role) ?? [];
  const isAdmin = roles.includes('community_admin') || roles.includes('district_admin');
  const grids = useResource(() => call('issues', 'grids', {}), { enabled: isAdmin });
  const [templates, setTemplates] = useState<string[]>([]);
  const [busy, setBusy] = useState<StaffAction | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { reload } = issue;
  const category = issue.data?.viewer === 'staff' ? issue.data.category : null;

  useEffect(() => {
    if (!category) return;
    let live = true;
    call('issues', 'templates', { category }).then(
      (res) => live && setTemplates(res.templates),
      // Templates only save typing; without them the note is written by hand.
      () => live && setTemplates([]),
    );
    return () => {
      live = false;
    };
  }, [category]);

  const send = useCallback(
    async (input: ActionInput, version: number) => {
      switch (input.action) {
        case 'accept':
          return call('issues', 'accept', { id, version, note: input.note.trim() });
        case 'update':
          return call('issues', 'update', { id, version, note: input.note.trim(), photos: input.photos });
        case 'resolve':
          return call('issues', 'resolve', { id, version, note: input.note.trim(), photos: input.photos });
        case 'note':
          return call('issues', 'note', { id, note: input.note.trim() });
        case 'return':
          return call('issues', 'return', { id, version, reason: input.reason.trim() });
        case 'reassign':
          return call('issues', 'reassign', { id, version, gridId: input.gridId, note: input.note.trim() });
        case 'reject':
          return call('issues', 'reject', {
            id,
            version,
            reason: input.reason.trim(),
            redirectTo: input.redirectTo.trim(),
          });
        case 'priority':
          return call('issues', 'setPriority', { id, version, priority: input.priority, note: input.note.trim() });
        case 'duplicate': {
          const ref = input.original.trim();
          const original = TICKET.test(ref) ? (await call('issues', 'get', { ticketNo: ref })).id : ref;
          return call('issues', 'markDuplicate', { id, version, originalId: original, note: input.note.trim() });
        }
      }
    },
    [id],
  );

  /** Resolves true when the action went through (the form then closes). */
  const run = useCallback(
    async (input: ActionInput): Promise<boolean> => {
      const version = issue.data?.version;
      if (!version) return false;
      // Every handling tap renews the consent to hear of new work and deadlines (one-time templates are used up per message).
      await subscribeFor('staffWork');
      setBusy(input.action);
      setNotice(null);
      try {
        await send(input, version);
        setNotice({ ok: true, text: DONE_TEXT[input.action] });
        reload();
        return true;
      } catch (err) {
        const error = toApiError(err);
        if (error.code === 'CONFLICT') {
          setNotice({ ok: false, text: CONFLICT_TEXT });
          reload();
        } else {
          setNotice({ ok: false, text: error.message });
        }
        return false;
      } finally {
        setBusy(null);
      }
    },
    [send, issue.data?.version, reload],
  );

  return { issue, me, roles, grids, templates, busy, notice, run };
}
