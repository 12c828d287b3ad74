import fs from 'node:fs';
import path from 'node:path';
import { PERSONAL_FIELDS, PRIVACY_APIS } from '../../../src/privacy/data';

/**
 * WeChat disables a privacy API that the 用户隐私保护指引 does not declare, and
 * review refuses an app whose guide is incomplete. This scans src/ for every
 * API and component on WeChat's privacy list and fails on any that
 * src/privacy/data.ts does not declare.
 */
const SRC = path.resolve(__dirname, '../../../src');

/** WeChat's list of privacy APIs (developers.weixin.qq.com, 小程序用户隐私保护指引内容介绍). */
const WECHAT_PRIVACY_APIS = [
  'getUserInfo',
  'getUserProfile',
  'getLocation',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'getFuzzyLocation',
  'choosePoi',
  'chooseLocation',
  'chooseAddress',
  'chooseInvoiceTitle',
  'chooseInvoice',
  'getWeRunData',
  'chooseLicensePlate',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'startRecord',
  'getRecorderManager',
  'joinVoIPChat',
  'createVKSession',
  'createCameraContext',
  'openBluetoothAdapter',
  'createBLEPeripheralServer',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'addPhoneContact',
  'addPhoneCalendar',
  'addPhoneRepeatCalendar',
  'setClipboardData',
  'getClipboardData',
  'startAccelerometer',
  'startCompass',
  'startDeviceMotionListening',
  'startGyroscope',
  'chooseContact',
];
/** Components and button types that are privacy interfaces too. */
const PRIVACY_MARKUP = [
  /openType=["'{]*(getPhoneNumber|getRealtimePhoneNumber|chooseAvatar)/,
  /type=["']nickname["']/,
  /<Camera\b/,
  /<LivePusher\b/,
  /<VoipRoom\b/,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Privacy API names called as Taro.x / wx.x / Taro['x'] in one file's code. */
export function privacyCallsIn(code: string): string[] {
  const found = new Set<string>();
  for (const api of WECHAT_PRIVACY_APIS) {
    if (new RegExp(`\\b(Taro|wx)\\s*(\\.\\s*${api}\\b|\\[\\s*['"]${api}['"]\\s*\\])`).test(code)) found.add(api);
  }
  return [...found];
}

const files = sourceFiles(SRC).map((file) => ({
  file: path.relative(path.dirname(SRC), file),
  code: fs.readFileSync(file, 'utf8'),
}));
/** API name -> the modules allowed to call it (an API used for two purposes is declared once per purpose and module). */
const declared = new Map<string, Set<string>>();
for (const a of PRIVACY_APIS) declared.set(a.api, new Set([...(declared.get(a.api) ?? []), a.module]));

describe('privacy API declarations', () => {
  it('finds the calls it looks for (the scanner works)', () => {
    expect(privacyCallsIn('await Taro.chooseMedia({ count: 1 })')).toEqual(['chooseMedia']);
    expect(privacyCallsIn("wx['getClipboardData']()")).toEqual(['getClipboardData']);
    expect(privacyCallsIn('Taro.chooseMediaLater()')).toEqual([]);
  });

  it('every privacy API called anywhere in src/ is declared in src/privacy/data.ts', () => {
    const undeclared = files.flatMap(({ file, code }) =>
      privacyCallsIn(code)
        .filter((api) => !declared.has(api))
        .map((api) => `${api} in ${file}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('every declared API is called only from the platform module the data file names', () => {
    const misplaced = files.flatMap(({ file, code }) =>
      privacyCallsIn(code)
        .filter((api) => !declared.get(api)?.has(file))
        .map((api) => `${api} in ${file}`),
    );
    expect(misplaced).toEqual([]);
    for (const api of PRIVACY_APIS) {
      const code = files.find((f) => f.file === api.module)?.code ?? '';
      expect({ api: api.api, called: privacyCallsIn(code).includes(api.api) }).toEqual({ api: api.api, called: true });
    }
  });

  it('no page uses a privacy component or button type (phone number, avatar, camera)', () => {
    const used = files.flatMap(({ file, code }) =>
      PRIVACY_MARKUP.filter((re) => re.test(code)).map((re) => `${re.source} in ${file}`),
    );
    expect(used).toEqual([]);
  });

  it('the photo picker uses chooseMedia, not the retired chooseImage', () => {
    expect(files.some(({ code }) => privacyCallsIn(code).includes('chooseImage'))).toBe(false);
  });

  it('every declared field says its purpose, who sees it and how long it is kept', () => {
    for (const f of PERSONAL_FIELDS) {
      expect([f.collection, f.field, f.purpose.length > 0, f.seenBy.length > 0, f.retention.length > 0]).toEqual([
        f.collection,
        f.field,
        true,
        true,
        true,
      ]);
    }
  });
});
