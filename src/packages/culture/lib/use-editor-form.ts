import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../api/errors';
import { useResource, type Resource } from '../../../hooks/use-resource';
import type { Outcome } from '../../../components/Notice';

type Checked<Input> = { input: Input } | { error: string };

export interface EditorSpec<Page, Doc extends { id: string; version: number }, Form, Input> {
  /** Loads the page of the record being edited; omitted when creating. */
  load: (() => Promise<Page>) | null;
  docOf: (page: Page) => Doc;
  empty: Form | (() => Form);
  toForm: (doc: Doc) => Form;
  validate: (form: Form) => Checked<Input>;
  changed: (before: Input, after: Input) => Partial<Input>;
  /** Creates the record and moves on (the form is done with). */
  create: (input: Input, form: Form) => Promise<void>;
  /** Saves the changed fields with the version the editor saw; returns the page data to keep and the sentence to show. */
  save: (doc: Doc, patch: Partial<Input>, page: Page) => Promise<{ page: Page; text: string }>;
  /** Said when a colleague saved first; the record is reloaded and the form refilled. */
  conflictText: string;
  /** A refusal to give before anything is sent (e.g. a lesson without its course). */
  precondition?: () => string | null;
  initialOutcome?: Outcome | null;
}

/**
 * The organiser's editor for courses, lessons and sessions: fill the form
 * once from the record, send only what changed with the version seen, and on
 * CONFLICT reload and refill, so nobody overwrites a colleague unseen.
 */
export function useEditorForm<Page, Doc extends { id: string; version: number }, Form, Input>(
  spec: EditorSpec<Page, Doc, Form, Input>,
) {
  const editing = spec.load !== null;
  const existing: Resource<Page> = useResource<Page>(() => spec.load!(), { enabled: editing });
  const [form, setForm] = useState<Form>(spec.empty);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(spec.initialOutcome ?? null);
  const filled = useRef(false);
  const specRef = useRef(spec);
  specRef.current = spec;

  useEffect(() => {
    if (!existing.data || filled.current) return;
    filled.current = true;
    setForm(specRef.current.toForm(specRef.current.docOf(existing.data)));
  }, [existing.data]);

  const update = useCallback((patch: Partial<Form>) => setForm((prev) => ({ ...prev, ...patch })), []);

  const save = useCallback(async () => {
    const s = specRef.current;
    const checked = s.validate(form);
    if ('error' in checked) return setOutcome({ ok: false, text: checked.error });
    const refused = s.precondition?.() ?? null;
    if (refused) return setOutcome({ ok: false, text: refused });
    setBusy(true);
    setOutcome(null);
    try {
      if (!editing) return await s.create(checked.input, form);
      const page = existing.data!;
      const current = s.docOf(page);
      const before = s.validate(s.toForm(current));
      const patch = 'input' in before ? s.changed(before.input, checked.input) : checked.input;
      if (Object.keys(patch).length === 0) return setOutcome({ ok: true, text: '没有改动。' });
      const saved = await s.save(current, patch, page);
      existing.setData(() => saved.page);
      setOutcome({ ok: true, text: saved.text });
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'CONFLICT' && editing) {
        filled.current = false;
        existing.reload();
        setOutcome({ ok: false, text: s.conflictText });
      } else {
        setOutcome({ ok: false, text: error.message });
      }
    } finally {
      setBusy(false);
    }
  }, [form, editing, existing]);

  return { editing, existing, form, update, save, busy, outcome };
}
