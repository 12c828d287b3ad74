/**
 * CONFIG: the default public-holiday calendar of the mainland (国务院办公厅
 * 部分节假日安排). Working-day deadlines skip weekends and these holidays, and
 * count the adjusted working days (调休上班, usually a Saturday or Sunday).
 *
 * A district admin can replace both lists at run time (issues.updateSettings);
 * these are only the defaults a fresh database starts with.
 */

/** 2026: as published in 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). */
const HOLIDAYS_2026 = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-03', // 元旦
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-02-23', // 春节
  '2026-04-04',
  '2026-04-05',
  '2026-04-06', // 清明节
  '2026-05-01',
  '2026-05-02',
  '2026-05-03',
  '2026-05-04',
  '2026-05-05', // 劳动节
  '2026-06-19',
  '2026-06-20',
  '2026-06-21', // 端午节
  '2026-09-25',
  '2026-09-26',
  '2026-09-27', // 中秋节
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07', // 国庆节
];

/** 2026 adjusted working days (weekend days that are working days). */
const WORKDAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

/**
 * 2027: PROVISIONAL. The State Council publishes the 2027 arrangement in late
 * 2026; until then only the statutory days of 全国年节及纪念日放假办法 (2024 revision)
 * are listed, on the 2027 lunar dates, with no 调休. Replace both lists through
 * issues.updateSettings once the notice is out.
 */
const HOLIDAYS_2027_PROVISIONAL = [
  '2027-01-01', // 元旦
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08', // 春节: 除夕 to 初三
  '2027-04-05', // 清明节
  '2027-05-01',
  '2027-05-02', // 劳动节
  '2027-06-09', // 端午节
  '2027-09-15', // 中秋节
  '2027-10-01',
  '2027-10-02',
  '2027-10-03', // 国庆节
];

const WORKDAYS_2027_PROVISIONAL: string[] = [];

export const DEFAULT_HOLIDAYS: readonly string[] = [...HOLIDAYS_2026, ...HOLIDAYS_2027_PROVISIONAL];
export const DEFAULT_WORKDAYS: readonly string[] = [...WORKDAYS_2026, ...WORKDAYS_2027_PROVISIONAL];
export const HOLIDAYS_NOTE =
  '2026 年按国务院办公厅通知；2027 年为暂定（仅法定节日，未含调休），通知发布后请在设置中更新';
