import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../../../api/client';
import type { PickedLocation } from '../../../platform/location';
import { EMPTY_DRAFT, type ReportDraft } from './report-draft';

/** The form's fields in one piece of state, a setter per field for the page, and a way back to empty. */
export function useReportDraft() {
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_DRAFT);
  const update = useCallback(
    <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) => setDraft((d) => ({ ...d, [key]: value })),
    [],
  );
  const set = useMemo(
    () => ({
      setCategory: (v: string) => update('category', v),
      setDescription: (v: string) => update('description', v),
      setStreet: (v: string) => update('street', v),
      setNumber: (v: string) => update('number', v),
      setDetail: (v: string) => update('detail', v),
      setUseLandmark: (v: boolean) => update('useLandmark', v),
      setLandmark: (v: string) => update('landmark', v),
      setLocation: (v: PickedLocation | null) => update('location', v),
      setPhone: (v: string) => update('phone', v),
      setHideName: (v: boolean) => update('hideName', v),
    }),
    [update],
  );
  /** Chooses the street unless the resident already has. */
  const suggestStreet = useCallback((street: string) => setDraft((d) => (d.street ? d : { ...d, street })), []);
  const reset = useCallback(() => setDraft(EMPTY_DRAFT), []);
  return { draft, set, suggestStreet, reset };
}

/** The street of the resident's last report, where they most likely live, suggested once when the streets are known. */
export function useLastStreet(streets: readonly string[] | undefined, suggest: (street: string) => void) {
  const asked = useRef(false);
  useEffect(() => {
    if (!streets || asked.current) return;
    asked.current = true;
    call('issues', 'mine', { pageSize: 1 })
      .then(({ items }) => {
        const last = items[0]?.addressText ?? '';
        const known = streets.find((s) => last.startsWith(s));
        if (known) suggest(known);
      })
      .catch(() => {
        // A convenience only: without it the resident picks the street.
      });
  }, [streets, suggest]);
}
