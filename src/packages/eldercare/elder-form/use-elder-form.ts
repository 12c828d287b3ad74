import { useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { checkDraft, type ElderDraft } from '../lib/elder-draft';
import type { ElderProfile } from '../lib/types';
import { useRunner } from '../lib/use-runner';

export type ElderFormMode = 'family' | 'grid' | 'edit';

/**
 * Add an elder as a family member (who then looks after them), as grid staff
 * (for elders without a smartphone), or edit one. Edits send the version the
 * form was filled from, so a change made meanwhile is not silently overwritten.
 */
export function useElderForm(mode: ElderFormMode, elderId: string | undefined) {
  const existing = useResource<ElderProfile>(() => call('eldercare', 'getElder', { elderId: elderId ?? '' }), {
    enabled: mode === 'edit' && !!elderId,
  });
  const [saved, setSaved] = useState<ElderProfile | null>(null);
  const { busy, outcome, run, say } = useRunner();

  const submit = async (draft: ElderDraft) => {
    const checked = checkDraft(draft);
    if ('problem' in checked) {
      say({ ok: false, text: checked.problem });
      return;
    }
    const { fields } = checked;
    const result = await run('save', () => {
      if (mode === 'edit')
        return call('eldercare', 'updateElder', {
          elderId: elderId ?? '',
          version: existing.data?.version ?? 1,
          ...fields,
        });
      if (mode === 'grid') return call('eldercare', 'addElderForGrid', fields);
      return call('eldercare', 'addElder', { ...fields, relation: draft.relation });
    });
    if (result) setSaved(result);
  };

  return { existing, saved, busy: busy === 'save', outcome, submit };
}
