import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { usePhotoUploads } from '../../../hooks/use-photo-uploads';
import type { FormOptions, ReportResult, SimilarItem } from '../../../issues/types';
import { pickLocation } from '../../../platform/location';
import { subscribeFor } from '../../../platform/subscribe';
import { newRequestId } from '../../../utils/request-id';
import { similarQuery, toReportInput, validateDraft, type FieldProblem } from './report-draft';
import { useLastStreet, useReportDraft } from './use-report-draft';
import { useSimilarReports } from './use-similar-reports';

/**
 * The 我要反映 form: the draft (use-report-draft), its photo uploads, the "same
 * problem nearby" suggestions (use-similar-reports), the rules (report-draft,
 * pure), and filing. One request id per form, kept across retries, so a tap
 * repeated after a lost reply answers with the same ticket.
 */
export function useReportForm() {
  const options = useResource<FormOptions>(() => call('issues', 'formOptions'));
  const { draft, set, suggestStreet, reset: resetDraft } = useReportDraft();
  useLastStreet(options.data?.streets, suggestStreet);
  const photos = usePhotoUploads(options.data?.maxPhotos ?? 3);
  const similar = useSimilarReports(similarQuery(draft));
  const [requestId, setRequestId] = useState(() => newRequestId('is'));
  const [fieldProblem, setFieldProblem] = useState<FieldProblem | null>(null);
  /** The place whose suggestions the resident was shown on a submit tap; a second tap then files anyway. */
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<ReportResult | null>(null);

  const chooseLocation = useCallback(async () => {
    setProblem(null);
    try {
      const picked = await pickLocation();
      if (picked) set.setLocation(picked);
    } catch {
      setProblem('没能打开地图。请直接选择街道、填写门牌号。');
    }
  }, [set]);

  const meToo = async (item: SimilarItem) => {
    setProblem(null);
    setProblem(await similar.meToo(item));
  };

  const submit = async () => {
    if (submitting) return;
    const invalid = validateDraft(draft, photos.blocker);
    setFieldProblem(invalid);
    setProblem(null);
    if (invalid) {
      // The error sits beside its field; bring that field into view.
      void Promise.resolve(Taro.pageScrollTo({ selector: `#report-field-${invalid.field}`, duration: 200 })).catch(
        () => undefined,
      );
      return;
    }
    const place = similar.queryKey;
    const askFirst = place !== null && shownFor !== place;
    setSubmitting(true);
    try {
      // Ask to hear of acceptance, progress and the result while the tap is handled, and only when this tap files
      // (not when it will first show similar reports): WeChat refuses the dialog after an await.
      if (!(askFirst && !similar.allSupported)) await subscribeFor('issueReport');
      // Before filing, the resident sees open reports of the same problem at the same place, once.
      if (askFirst && (await similar.current()).some((i) => !i.supported)) {
        setShownFor(place);
        return;
      }
      setResult(await call('issues', 'report', toReportInput(draft, requestId, photos.paths)));
    } catch (err) {
      // The request id stays: tapping again cannot file twice.
      setProblem(toApiError(err).message);
    } finally {
      setSubmitting(false);
    }
  };

  const reset = () => {
    photos.reset();
    resetDraft();
    similar.reset();
    setRequestId(newRequestId('is'));
    setFieldProblem(null);
    setShownFor(null);
    setProblem(null);
    setResult(null);
  };

  return {
    options,
    fields: draft,
    set,
    fieldProblem,
    photos,
    chooseLocation,
    similar: similar.items,
    similarAsked: shownFor !== null && shownFor === similar.queryKey,
    meToo,
    supportDone: similar.supportDone,
    problem,
    submitting,
    submit,
    result,
    reset,
  };
}
