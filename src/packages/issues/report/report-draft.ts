import { isPhone } from '../../../rules/fields';
import { charCount } from '../../../issues/format';
import type { ReportInput } from '../../../issues/types';
import type { PickedLocation } from '../../../platform/location';

/**
 * The 我要反映 form as data: what the resident has filled in, whether it can be
 * sent (and which field to fix first), what to ask "same problem nearby?" with,
 * and the input filed. Pure functions only, so every rule is unit-tested
 * without a page (tests/component/issues/report-draft.test.ts).
 */

export const MIN_TEXT = 5;
export const MAX_TEXT = 2000;

export interface ReportDraft {
  category: string | null;
  description: string;
  street: string | null;
  /** The door plate as typed: 6, 6号, 6甲, 6-1. */
  number: string;
  /** 楼号、单元、房号 (optional). */
  detail: string;
  /** 其他地点，说不清门牌: a landmark on the street instead of a house number. */
  useLandmark: boolean;
  landmark: string;
  location: PickedLocation | null;
  phone: string;
  hideName: boolean;
}

export const EMPTY_DRAFT: ReportDraft = {
  category: null,
  description: '',
  street: null,
  number: '',
  detail: '',
  useLandmark: false,
  landmark: '',
  location: null,
  phone: '',
  hideName: false,
};

/** The fields an error can sit beside; each has an anchor `report-field-<name>` to scroll to. */
export type ReportField = 'category' | 'description' | 'street' | 'number' | 'landmark' | 'phone' | 'photos';
export interface FieldProblem {
  field: ReportField;
  message: string;
}

/** A door plate as people write it: 6, 6号, 6甲, 6-1 (the server routes by the number, keeps the suffix). */
export function parsePlate(text: string): { number: number; suffix?: string } | null {
  const match = /^(\d{1,4})([甲乙丙丁戊]|-\d{1,3})?号?$/.exec(text.trim().replace(/[－—]/g, '-'));
  if (!match) return null;
  const n = Number(match[1]);
  if (n < 1) return null;
  return match[2] ? { number: n, suffix: match[2] } : { number: n };
}

/**
 * The first problem in the order the form reads (top to bottom), or null when
 * the draft can be sent. `photoBlocker` is the photo uploads' own problem (one
 * still uploading or failed). A map position alone is a place; a street or a
 * number typed next to it must then be complete.
 */
export function validateDraft(d: ReportDraft, photoBlocker: string | null = null): FieldProblem | null {
  if (!d.category) return { field: 'category', message: '请先选择问题类别。' };
  const n = charCount(d.description);
  if (n < MIN_TEXT) return { field: 'description', message: `请把问题写清楚一些，至少 ${MIN_TEXT} 个字。` };
  if (n > MAX_TEXT) return { field: 'description', message: `问题描述最多 ${MAX_TEXT} 字，请删减一些。` };
  if (d.useLandmark) {
    if (!d.street) return { field: 'street', message: '请选择问题所在的街道。' };
    if (charCount(d.landmark) < 2)
      return { field: 'landmark', message: '请写一个附近的地标，例如：菜市场东门、公交站旁。' };
  } else if (!d.location || d.street || d.number.trim()) {
    if (!d.street) return { field: 'street', message: '请选择问题所在的街道。' };
    if (parsePlate(d.number) === null)
      return { field: 'number', message: '请填写门牌号，例如 6、6甲、6-1；说不清门牌就选“其他地点，说不清门牌”。' };
  }
  if (d.phone.trim() && !isPhone(d.phone))
    return { field: 'phone', message: '电话号码不对：请填 11 位手机号或座机号，也可以不填。' };
  if (photoBlocker) return { field: 'photos', message: photoBlocker };
  return null;
}

export interface SimilarQuery {
  category: string;
  street?: string;
  number?: number;
  lat?: number;
  lng?: number;
}

/** What to ask `issues.similar` with: the category at a street and number, or at a map position; null while there is no place yet. */
export function similarQuery(d: ReportDraft): SimilarQuery | null {
  if (!d.category) return null;
  const q: SimilarQuery = { category: d.category };
  const plate = d.useLandmark ? null : parsePlate(d.number);
  if (d.street && plate) Object.assign(q, { street: d.street, number: plate.number });
  if (d.location) Object.assign(q, { lat: d.location.lat, lng: d.location.lng });
  return q.street || q.lat !== undefined ? q : null;
}

/** The `issues.report` input of a valid draft: trimmed text, the address or the landmark, the position, no phone as null. */
export function toReportInput(d: ReportDraft, requestId: string, photos: string[]): ReportInput {
  const plate = d.useLandmark ? null : parsePlate(d.number);
  const input: ReportInput = {
    requestId,
    category: d.category as string,
    description: d.description.trim(),
    photos,
    phone: d.phone.trim() || null,
    hideName: d.hideName,
  };
  if (d.street && plate) input.address = { street: d.street, ...plate, detail: d.detail.trim() };
  if (d.street && d.useLandmark) input.landmark = { street: d.street, text: d.landmark.trim() };
  if (d.location) input.location = d.location;
  return input;
}
