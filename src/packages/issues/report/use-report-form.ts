import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { isPhone } from '../../../rules/fields';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { pickLocation, type PickedLocation } from '../../../platform/location';
import { charCount } from '../lib/format';
import { newRequestId } from '../lib/request-id';
import { usePhotoUploads } from '../lib/use-photo-uploads';
import type { FormOptions, ReportInput, ReportResult, SimilarItem } from '../lib/types';
import { subscribeFor } from '../../../platform/subscribe';

type SimilarQuery = { category: string; street?: string; number?: number; lat?: number; lng?: number };

const MIN_TEXT = 5;
const MAX_TEXT = 2000;
const SIMILAR_DELAY_MS = 500;

/** A door plate as people write it: 6, 6号, 6甲, 6-1 (the server routes by the number, keeps the suffix). */
export function parsePlate(text: string): { number: number; suffix?: string } | null {
  const match = /^(\d{1,4})([甲乙丙丁戊]|-\d{1,3})?号?$/.exec(text.trim().replace(/[－—]/g, '-'));
  if (!match) return null;
  const n = Number(match[1]);
  if (n < 1) return null;
  return match[2] ? { number: n, suffix: match[2] } : { number: n };
}

function houseNumber(text: string): number | null {
  return parsePlate(text)?.number ?? null;
}

/** The fields an error can sit beside; each has an anchor `report-field-<name>` to scroll to. */
export type ReportField = 'category' | 'description' | 'street' | 'number' | 'landmark' | 'phone' | 'photos';
export interface FieldProblem {
  field: ReportField;
  message: string;
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
  /** 其他地点，说不清门牌: a landmark on the street instead of a house number. */
  const [useLandmark, setUseLandmark] = useState(false);
  const [landmark, setLandmark] = useState('');
  const [fieldProblem, setFieldProblem] = useState<FieldProblem | null>(null);
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

  // The street of the resident's last report, where they most likely live, chosen for them once.
  const streets = options.data?.streets;
  const prefilled = useRef(false);
  useEffect(() => {
    if (!streets || prefilled.current) return;
    prefilled.current = true;
    call('issues', 'mine', { pageSize: 1 })
      .then(({ items }) => {
        const last = items[0]?.addressText ?? '';
        const known = streets.find((s) => last.startsWith(s));
        if (known) setStreet((chosen) => chosen ?? known);
      })
      .catch(() => {
        // A convenience only: without it the resident picks the street.
      });
  }, [streets]);

  const query: SimilarQuery | null = (() => {
    if (!category) return null;
    const q: SimilarQuery = { category };
    const n = useLandmark ? null : houseNumber(number);
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
    if (!queryKey) return;
    // The key is the query serialised: the effect follows it, not each render's new query object.
    const q = JSON.parse(queryKey) as SimilarQuery;
    const timer = setTimeout(() => {
      if (latestKey.current === queryKey) void fetchSimilar(q, queryKey);
    }, SIMILAR_DELAY_MS);
    return () => clearTimeout(timer);
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

  function validate(): FieldProblem | null {
    if (!category) return { field: 'category', message: '请先选择问题类别。' };
    const n = charCount(description);
    if (n < MIN_TEXT) return { field: 'description', message: `请把问题写清楚一些，至少 ${MIN_TEXT} 个字。` };
    if (n > MAX_TEXT) return { field: 'description', message: `问题描述最多 ${MAX_TEXT} 字，请删减一些。` };
    if (useLandmark) {
      if (!street) return { field: 'street', message: '请选择问题所在的街道。' };
      if (charCount(landmark) < 2) return { field: 'landmark', message: '请写一个附近的地标，例如：菜市场东门、公交站旁。' };
    } else if (!location || street || number.trim()) {
      if (!street) return { field: 'street', message: '请选择问题所在的街道。' };
      if (houseNumber(number) === null) return { field: 'number', message: '请填写门牌号，例如 6、6甲、6-1；说不清门牌就选“其他地点，说不清门牌”。' };
    }
    if (phone.trim() && !isPhone(phone)) return { field: 'phone', message: '电话号码不对：请填 11 位手机号或座机号，也可以不填。' };
    if (photos.blocker) return { field: 'photos', message: photos.blocker };
    return null;
  }

  const submit = async () => {
    if (submitting) return;
    const invalid = validate();
    setFieldProblem(invalid);
    if (invalid) {
      setProblem(null);
      // The error sits beside its field; bring that field into view.
      void Promise.resolve(Taro.pageScrollTo({ selector: `#report-field-${invalid.field}`, duration: 200 })).catch(() => undefined);
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
      const plate = useLandmark ? null : parsePlate(number);
      const input: ReportInput = {
        requestId,
        category: category as string,
        description: description.trim(),
        photos: photos.paths,
        phone: phone.trim() || null,
        hideName,
      };
      if (street && plate) input.address = { street, ...plate, detail: detail.trim() };
      if (street && useLandmark) input.landmark = { street, text: landmark.trim() };
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
    setUseLandmark(false);
    setLandmark('');
    setFieldProblem(null);
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
    fields: { category, description, street, number, detail, useLandmark, landmark, location, phone, hideName },
    set: { setCategory, setDescription, setStreet, setNumber, setDetail, setUseLandmark, setLandmark, setLocation, setPhone, setHideName },
    fieldProblem,
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
