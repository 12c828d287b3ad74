import fs from 'node:fs';
import path from 'node:path';
import {
  addressDetailField,
  dayField,
  houseNumberField,
  idField,
  monthField,
  phoneField,
  streetField,
  versionField,
} from '../../../server/core/fields';
import {
  ADDRESS_DETAIL_MAX,
  DAY_PATTERN,
  HOUSE_NUMBER_MAX,
  ID_MAX,
  isHouseNumber,
  isPhone,
  MONTH_PATTERN,
  PHONE_MESSAGE,
  PHONE_PATTERN,
  REQUEST_ID_PATTERN,
  STREET_MAX,
} from '../../../src/rules/fields';

const ROOT = path.resolve(__dirname, '../../..');
const RULES_FILE = 'src/rules/fields.ts';

describe('phone numbers', () => {
  test.each([
    '13812345678',
    '19912345678',
    '10012345678',
    '0532-12345678',
    '053212345678',
    '010-1234567',
    ' 13812345678 ',
  ])('%s is a phone number', (text) => {
    expect(isPhone(text)).toBe(true);
  });

  test.each([
    '',
    '1381234567',
    '138123456789',
    '23812345678',
    '0532-123456',
    '0532 12345678',
    '+8613812345678',
    '1381234567a',
  ])('%j is not', (text) => {
    expect(isPhone(text)).toBe(false);
  });

  test('the server schema accepts the same numbers, trimmed, and refuses others with the plain sentence', () => {
    expect(phoneField.parse(' 0532-12345678 ')).toBe('0532-12345678');
    const bad = phoneField.safeParse('12345');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe(PHONE_MESSAGE);
  });
});

describe('ids and versions', () => {
  test(`an id may be up to ${ID_MAX} characters, never empty`, () => {
    expect(idField().parse(` ${'a'.repeat(ID_MAX)} `)).toBe('a'.repeat(ID_MAX));
    expect(idField().safeParse('a'.repeat(ID_MAX + 1)).error?.issues[0].message).toBe('编号过长');
    expect(idField().safeParse('  ').error?.issues[0].message).toBe('编号不能为空');
    expect(idField().safeParse(undefined).error?.issues[0].message).toBe('缺少编号');
  });

  test('a function can say what the id is for when it is missing', () => {
    expect(idField('请选择诉求').safeParse('').error?.issues[0].message).toBe('请选择诉求');
    expect(idField('请选择诉求').safeParse(undefined).error?.issues[0].message).toBe('请选择诉求');
  });

  test('a version is a whole number from 1', () => {
    expect(versionField().parse(1)).toBe(1);
    expect(versionField().safeParse(0).success).toBe(false);
    expect(versionField().safeParse(1.5).success).toBe(false);
    expect(versionField('缺少版本号，请刷新后再保存').safeParse(undefined).error?.issues[0].message).toBe(
      '缺少版本号，请刷新后再保存',
    );
  });
});

test('a request id is 8 to 64 letters, digits, - or _', () => {
  expect(REQUEST_ID_PATTERN.test('is-abc123')).toBe(true);
  expect(REQUEST_ID_PATTERN.test('a'.repeat(64))).toBe(true);
  for (const bad of ['short', 'a'.repeat(65), 'has space1', '编号编号编号编号'])
    expect(REQUEST_ID_PATTERN.test(bad)).toBe(false);
});

describe('months and days', () => {
  test('a month is YYYY-MM with a real month number', () => {
    expect(MONTH_PATTERN.test('2026-12')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-1', '202612', '2026-12-01'])
      expect(MONTH_PATTERN.test(bad)).toBe(false);
    expect(monthField.safeParse('2026-13').error?.issues[0].message).toBe('月份格式应为 YYYY-MM，例如 2026-12');
    expect(monthField.safeParse(undefined).error?.issues[0].message).toBe('请选择月份');
  });

  test('a day is YYYY-MM-DD by shape', () => {
    expect(DAY_PATTERN.test('2026-02-28')).toBe(true);
    for (const bad of ['2026-02-32', '2026-2-28', '2026-13-01', '2026-02']) expect(DAY_PATTERN.test(bad)).toBe(false);
    expect(dayField.safeParse('2026-02-32').success).toBe(false);
  });
});

describe('addresses', () => {
  test(`a street may be up to ${STREET_MAX} characters, trimmed, and not empty`, () => {
    const street = streetField('请选择街道');
    expect(street.parse(' 宜昌路 ')).toBe('宜昌路');
    expect(street.safeParse('路'.repeat(STREET_MAX)).success).toBe(true);
    expect(street.safeParse('路'.repeat(STREET_MAX + 1)).error?.issues[0].message).toBe(
      `街道名称最多 ${STREET_MAX} 个字`,
    );
    expect(street.safeParse(' ').error?.issues[0].message).toBe('请选择街道');
  });

  test(`a house number is a whole number from 1 to ${HOUSE_NUMBER_MAX}`, () => {
    for (const n of [1, 6, HOUSE_NUMBER_MAX]) {
      expect(isHouseNumber(n)).toBe(true);
      expect(houseNumberField('请填写门牌号').safeParse(n).success).toBe(true);
    }
    for (const n of [0, -1, 6.5, HOUSE_NUMBER_MAX + 1, Number.NaN]) {
      expect(isHouseNumber(n)).toBe(false);
      expect(houseNumberField('请填写门牌号').safeParse(n).success).toBe(false);
    }
  });

  test(`the building, unit and room may be up to ${ADDRESS_DETAIL_MAX} characters`, () => {
    const detail = addressDetailField('楼号、单元、房号');
    expect(detail.safeParse('室'.repeat(ADDRESS_DETAIL_MAX)).success).toBe(true);
    expect(detail.safeParse('室'.repeat(ADDRESS_DETAIL_MAX + 1)).error?.issues[0].message).toBe(
      `楼号、单元、房号最多 ${ADDRESS_DETAIL_MAX} 个字`,
    );
  });
});

/**
 * A phone pattern written out anywhere else drifts from the one in the rules
 * module sooner or later. Matches `1\d{10}`, `1\\d{10}` (inside a string given to
 * RegExp), `1[3-9]\d{9}` and similar spellings of a mobile number.
 */
const PHONE_LITERAL = /1(?:\[3-9\]|\\{1,2}d)\\{1,2}d\{9\}|1\\{1,2}d\{10\}|\\{1,2}d\{11\}/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [rel] : [];
  });
}

describe('one phone pattern', () => {
  test('the scanner recognises the usual spellings of a mobile-number pattern', () => {
    for (const text of [
      String.raw`/^1\d{10}$/`,
      String.raw`/^1[3-9]\d{9}$/`,
      String.raw`new RegExp('^1\\d{10}$')`,
      String.raw`/^\d{11}$/`,
    ]) {
      expect(PHONE_LITERAL.test(text)).toBe(true);
    }
    expect(PHONE_LITERAL.test(String.raw`/^\d{6,8}$/`)).toBe(false);
    expect(PHONE_LITERAL.test(PHONE_PATTERN.source)).toBe(true);
  });

  test('no file in server/ or src/ writes a phone pattern except the rules module', () => {
    const files = [...sourceFiles('server'), ...sourceFiles('src')];
    expect(files).toContain(RULES_FILE);
    const copies = files.filter(
      (file) => file !== RULES_FILE && PHONE_LITERAL.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(copies).toEqual([]);
  });
});
