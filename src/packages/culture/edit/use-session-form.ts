import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { replace } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { ManageList, SessionPage } from '../lib/types';
import type { Outcome } from '../parts/Notice';
import { changedFields, emptyForm, formFromSession, toInput, type SessionForm } from './session-form';

/** Create a session, or edit one (with the version the editor saw, so a stale save is refused). */
export function useSessionForm(sessionId: string | undefined) {
  const editing = Boolean(sessionId);
  const existing = useResource<SessionPage>(() => call('culture', 'session', { sessionId: sessionId! }), { enabled: editing });
  const list = useResource<ManageList>(() => call('culture', 'manageList'));
  const [form, setForm] = useState<SessionForm>(emptyForm);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const filled = useRef(false);

  useEffect(() => {
    if (!existing.data || filled.current) return;
    filled.current = true;
    setForm(formFromSession(existing.data.session));
  }, [existing.data]);

  const update = useCallback((patch: Partial<SessionForm>) => setForm((prev) => ({ ...prev, ...patch })), []);

  const save = useCallback(async () => {
    const checked = toInput(form);
    if ('error' in checked) {
      setOutcome({ ok: false, text: checked.error });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      if (!editing) {
        const created = await call('culture', 'createSession', checked.input);
        replace(CULTURE_PATHS.roster(created.id));
        return;
      }
      const current = existing.data!.session;
      const before = toInput(formFromSession(current));
      const patch = 'input' in before ? changedFields(before.input, checked.input) : checked.input;
      if (Object.keys(patch).length === 0) {
        setOutcome({ ok: true, text: '没有改动。' });
        return;
      }
      const saved = await call('culture', 'updateSession', { sessionId: current.id, version: current.version, ...patch });
      existing.setData((prev) => (prev ? { ...prev, session: saved.session } : prev));
      setOutcome({ ok: true, text: saved.notified > 0 ? `已保存，并已通知 ${saved.notified} 位报名和候补的居民。` : '已保存。' });
    } catch (err) {
      setOutcome({ ok: false, text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  }, [form, editing, existing]);

  const offlineCourses = (list.data?.courses ?? []).filter((c) => c.mode === 'offline');
  return { editing, existing, form, update, save, busy, outcome, offlineCourses };
}
