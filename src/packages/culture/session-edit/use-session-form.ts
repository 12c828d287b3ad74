import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { replace } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { ManageList, SessionPage } from '../lib/types';
import { useEditorForm } from '../lib/use-editor-form';
import { changedFields, emptyForm, formFromSession, toInput } from './session-form';

export const SESSION_CONFLICT_TEXT = '这场活动已被他人修改，已为您刷新为最新内容。请核对后再保存。';

/** Create a session, or edit one (with the version the editor saw, so a stale save is refused). */
export function useSessionForm(sessionId: string | undefined) {
  const list = useResource<ManageList>(() => call('culture', 'manageList'));
  const editor = useEditorForm({
    load: sessionId ? () => call('culture', 'session', { sessionId }) : null,
    docOf: (page: SessionPage) => page.session,
    empty: emptyForm,
    toForm: formFromSession,
    validate: toInput,
    changed: changedFields,
    async create(input) {
      const created = await call('culture', 'createSession', input);
      replace(CULTURE_PATHS.roster(created.id));
    },
    async save(current, patch, page) {
      const saved = await call('culture', 'updateSession', {
        sessionId: current.id,
        version: current.version,
        ...patch,
      });
      const text = saved.notified > 0 ? `已保存，并已通知 ${saved.notified} 位报名和候补的居民。` : '已保存。';
      return { page: { ...page, session: saved.session }, text };
    },
    conflictText: SESSION_CONFLICT_TEXT,
  });
  const offlineCourses = (list.data?.courses ?? []).filter((c) => c.mode === 'offline');
  return { ...editor, offlineCourses };
}
