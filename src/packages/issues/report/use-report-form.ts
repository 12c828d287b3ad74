import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { pickLocation, type PickedLocation } from '../../../platform/location';
import { charCount } from '../lib/format';
import { newRequestId } from '../lib/request-id';
import { usePhotoUploads } from '../lib/use-photo-uploads';
import type { FormOptions, ReportInput, ReportResult, SimilarItem } from '../lib/types';
import { subscribeFor } from '../../../platform/subscribe';

type SimilarQuery = { category: string; street?: string; number?: number; lat?: number; lng?: number };

const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;
const MIN_TEXT = 5;
const MAX_TEXT = 2000;
const SIMILAR_DELAY_MS = 500;

function houseNumber(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1 && n <= 9999 ? n : null;
}

/**
 * The 我要反映 form: its fields, photo uploads, the "same problem nearby"
 * suggestions, and filing. One request id per form, kept across retries, so a
 * tap repeated after a lost reply answers with the same ticket.
 */
export function useReportForm() {
  const options = useResource<FormOptions>(() => call('issues', 'formOptions'));
  const [requestId, setRequestId] = useState(() => newRequestId());
  const [category, setCategory] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [street, setStreet] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [detail, setDetail] = useState('');
  const [location, setLocation] = useState<PickedLocation | null>(null);
  const [phone, setPhone] = useState('');
  const [hideName, setHideName] = useState(false);
  const [similar, setSimilar] = useState<{ key: string; items: SimilarItem[] } | null>(null);
  /** The suggestions the resident was shown on a submit tap; a second tap then files anyway. */
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [supportDone, setSupportDone] = useState<{ id: string; ticketNo: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<ReportResult | null>(null);

  const photos = usePhotoUploads(options.data?.maxPhotos ?? 3);

  const query: SimilarQuery | null = (() => {
    if (!category) return null;
    const q: SimilarQuery = { category };
    const n = houseNumber(number);
    if (street && n !== null) Object.assign(q, { street, number: n });
    if (location) Object.assign(q, { lat: location.lat, lng: location.lng });
    return q.street || q.lat !== undefined ? q : null;
  })();
  const queryKey = query ? JSON.stringify(query) : null;

  const fetchSimilar = useCallback(async (q: SimilarQuery, key: string): Promise<SimilarItem[]> => {
    try {
      const { items } = await call('issues', 'similar', q);
      setSimilar({ key, items });
      return items;
    } catch {
      // Suggestions help, but must never stop a report.
      return [];
    }
  }, []);

  // Suggestions follow the form as it is filled, a moment after typing stops.
  const latestKey = useRef<string | null>(null);
  latestKey.current = queryKey;
  useEffect(() => {
    if (!query || !queryKey) return;
    const timer = setTimeout(() => {
      if (latestKey.current === queryKey) void fetchSimilar(query, queryKey);
    }, SIMILAR_DELAY_MS);
    return () => clearTimeout(timer);
    // queryKey stands for query (a new object each render).
  }, [queryKey, fetchSimilar]);

  const visibleSimilar = similar && similar.key === queryKey ? similar.items : [];

  const chooseLocation = useCallback(async () => {
    setProblem(null);
    try {
      const picked = await pickLocation();
      if (picked) setLocation(picked);
    } catch {
      setProblem('没能打开地图。请直接选择街道、填写门牌号。');
    }
  }, []);

  const meToo = useCallback(async (item: SimilarItem) => {
    setProblem(null);
    try {
      const res = await call('issues', 'meToo', { id: item.id });
      setSimilar((prev) => (prev ? { ...prev, items: prev.items.map((i) => (i.id === item.id ? { ...i, supported: true, supporters: res.supporters } : i)) } : prev));
      setSupportDone({ id: item.id, ticketNo: item.ticketNo });
    } catch (err) {
      setProblem(toApiError(err).message);
    }
  }, []);

  function validate(): string | null {
    if (!category) return '请先选择问题类别。';
    const n = charCount(description);
    if (n < MIN_TEXT) return `请把问题写清楚一些，至少 ${MIN_TEXT} 个字。`;
    if (n > MAX_TEXT) return `问题描述最多 ${MAX_TEXT} 字，请删减一些。`;
    if (!location || street || number.trim()) {
      if (!street) return '请选择问题所在的街道。';
      if (houseNumber(number) === null) return '请填写门牌号，只写数字，例如 6。';
    }
    if (phone.trim() && !PHONE.test(phone.trim())) return '电话号码不对：请填 11 位手机号或座机号，也可以不填。';
    if (photos.blocker) return photos.blocker;
    return null;
  }

  const submit = async () => {
    if (submitting) return;
    const invalid = validate();
    if (invalid) {
      setProblem(invalid);
      return;
    }
    setProblem(null);
    // Ask to hear of acceptance, progress and the result while the tap is handled, and only when this tap files
    // (not when it will first show similar reports): WeChat refuses the dialog after an await.
    const showsSimilarFirst = Boolean(query && queryKey && shownFor !== queryKey && !(similar?.key === queryKey && !similar.items.some((i) => !i.supported)));
    setSubmitting(true);
    try {
      if (!showsSimilarFirst) await subscribeFor('issueReport');
      // Before filing, the resident sees open reports of the same problem at the same place, once.
      if (query && queryKey && shownFor !== queryKey) {
        const items = similar && similar.key === queryKey ? similar.items : await fetchSimilar(query, queryKey);
        if (items.some((i) => !i.supported)) {
          setShownFor(queryKey);
          return;
        }
      }
      const n = houseNumber(number);
      const input: ReportInput = {
        requestId,
        category: category as string,
        description: description.trim(),
        photos: photos.paths,
        phone: phone.trim() || null,
        hideName,
      };
      if (street && n !== null) input.address = { street, number: n, detail: detail.trim() };
      if (location) input.location = location;
      setResult(await call('issues', 'report', input));
    } catch (err) {
      // The request id stays: tapping again cannot file twice.
      setProblem(toApiError(err).message);
    } finally {
      setSubmitting(false);
    }
  };

  const reset = () => {
    photos.reset();
    setRequestId(newRequestId());
    setCategory(null);
    setDescription('');
    setStreet(null);
    setNumber('');
    setDetail('');
    setLocation(null);
    setPhone('');
    setHideName(false);
    setSimilar(null);
    setShownFor(null);
    setProblem(null);
    setSupportDone(null);
    setResult(null);
  };

  return {
    options,
    fields: { category, description, street, number, detail, location, phone, hideName },
    set: { setCategory, setDescription, setStreet, setNumber, setDetail, setLocation, setPhone, setHideName },
    photos,
    chooseLocation,
    similar: visibleSimilar,
    similarAsked: shownFor !== null && shownFor === queryKey,
    meToo,
    supportDone,
    problem,
    submitting,
    submit,
    result,
    reset,
  };
}
