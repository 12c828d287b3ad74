import * as z from 'zod';
import { isCalendarDate } from './time';
import {
  ADDRESS_DETAIL_MAX,
  DAY_MESSAGE,
  DAY_PATTERN,
  HOUSE_NUMBER_MAX,
  HOUSE_NUMBER_MIN,
  ID_EMPTY,
  ID_MAX,
  ID_TOO_LONG,
  MONTH_MESSAGE,
  MONTH_PATTERN,
  PHONE_MESSAGE,
  PHONE_PATTERN,
  STREET_MAX,
  STREET_TOO_LONG,
  VERSION_MIN,
} from '../../src/rules/fields';

/**
 * The zod form of the shared field rules (src/rules/fields.ts), so every
 * function's schema checks a field with the same limit as the form that fills
 * it. A function passes its own words for "missing" where the page context
 * says more than a generic sentence (a picker says 请选择…, a text box 请填写…).
 */

/** A document id; `missing` (if given) is said both when it is absent and when it is empty. */
export function idField(missing?: string) {
  return z
    .string({ error: missing ?? '缺少编号' })
    .trim()
    .min(1, missing ?? ID_EMPTY)
    .max(ID_MAX, ID_TOO_LONG);
}

/** The version a client read, sent back so a stale save is refused. */
export function versionField(missing = '缺少版本号，请刷新后再试') {
  return z.number({ error: missing }).int('版本号无效').min(VERSION_MIN, '版本号无效');
}

export const phoneField = z.string().trim().regex(PHONE_PATTERN, PHONE_MESSAGE);

export const monthField = z.string({ error: '请选择月份' }).regex(MONTH_PATTERN, MONTH_MESSAGE);

export const dayField = z.string().regex(DAY_PATTERN, DAY_MESSAGE);

export function streetField(missing: string) {
  return z.string({ error: missing }).trim().min(1, missing).max(STREET_MAX, STREET_TOO_LONG);
}

export function houseNumberField(missing: string) {
  return z
    .number({ error: missing })
    .int('门牌号须为整数')
    .min(HOUSE_NUMBER_MIN, '门牌号须为正整数')
    .max(HOUSE_NUMBER_MAX, `门牌号最大 ${HOUSE_NUMBER_MAX}`);
}

/** Building, unit and room; `label` names it as the page does. Callers add `.default('')` where it may be left out. */
export function addressDetailField(label: string) {
  return z.string().trim().max(ADDRESS_DETAIL_MAX, `${label}最多 ${ADDRESS_DETAIL_MAX} 个字`);
}

/** A text someone must write: trimmed, with its length limits said in words. */
export function requiredText(what: string, min: number, max: number) {
  return z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, min <= 1 ? `请填写${what}` : `${what}至少 ${min} 个字`)
    .max(max, `${what}最多 ${max} 个字`);
}

/** A text that may be left empty (then ''). */
export function optionalText(what: string, max: number) {
  return z.string().trim().max(max, `${what}最多 ${max} 个字`).default('');
}

/** A file already uploaded (a photo, an attachment): a CloudBase file id, or a file served by the local runtime. */
export function uploadedFileField(what: string) {
  return z
    .string()
    .trim()
    .max(300, `${what}地址过长`)
    .regex(/^(cloud:\/\/[A-Za-z0-9._\-/]+|\/uploads\/[A-Za-z0-9._-]+)$/, `${what}地址无效，请重新上传`);
}

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is refused, unlike dayField's pattern). */
export function calendarDateField(missing?: string) {
  return z
    .string(missing ? { error: missing } : undefined)
    .trim()
    .refine(isCalendarDate, '日期格式应为 YYYY-MM-DD，例如 2026-12-03');
}
