import {
  addMonths,
  clockTime,
  lastDayOfMonth,
  parseDate,
  shanghaiToday,
} from '../../../src/packages/eldercare/lib/dates';
import { checkDraft, EMPTY_DRAFT } from '../../../src/packages/eldercare/lib/elder-draft';
import { icsField, phoneEventFor } from '../../../src/packages/eldercare/lib/ics';
import { newRequestId } from '../../../src/utils/request-id';
import { refusalWords } from '../../../src/packages/eldercare/lib/words';

describe('dates typed the way people write them', () => {
  it.each([
    ['1934-08-18', '1934-08-18'],
    ['1934-8-18', '1934-08-18'],
    ['1934.8.18', '1934-08-18'],
    ['1934/08/18', '1934-08-18'],
    ['1934年8月18日', '1934-08-18'],
    [' 19340818 ', '1934-08-18'],
  ])('reads %s', (typed, date) => expect(parseDate(typed)).toBe(date));

  it('refuses dates that do not exist', () => {
    expect(parseDate('1934-02-30')).toBeNull();
    expect(parseDate('34-8-18')).toBeNull();
    expect(parseDate('八月十八')).toBeNull();
  });

  it('tells time in Qingdao whatever the phone says', () => {
    expect(shanghaiToday(Date.parse('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(clockTime('2026-12-01T09:00:00+08:00')).toBe('09:00');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
  });
});

describe('the elder form', () => {
  const filled = {
    ...EMPTY_DRAFT,
    name: ' 王秀珍 ',
    birthDate: '1940年3月8日',
    street: '万安一路',
    number: '6',
    detail: '3单元202',
    phone: '138 0000 0021',
  };

  it('sends clean fields', () => {
    expect(checkDraft(filled)).toEqual({
      fields: {
        name: '王秀珍',
        birthDate: '1940-03-08',
        address: { street: '万安一路', number: 6, detail: '3单元202' },
        phone: '13800000021',
        difficultyClaimed: 'none',
        noSmartphone: false,
        healthNotes: '',
        sensitiveConsent: false,
        elderAgrees: false,
      },
    });
  });

  it('sends difficulty status and health notes only with both consents ticked', () => {
    const sensitive = { ...filled, difficultyClaimed: 'dibao' as const, healthNotes: ' 需要轮椅 ' };
    expect(checkDraft(sensitive)).toMatchObject({
      fields: { difficultyClaimed: 'none', healthNotes: '', sensitiveConsent: false },
    });
    expect(checkDraft({ ...sensitive, sensitiveConsent: true })).toMatchObject({
      fields: { difficultyClaimed: 'none', healthNotes: '' },
    });
    expect(checkDraft({ ...sensitive, sensitiveConsent: true, elderAgrees: true })).toMatchObject({
      fields: { difficultyClaimed: 'dibao', healthNotes: '需要轮椅', sensitiveConsent: true, elderAgrees: true },
    });
  });

  it('says what to fix first, in plain words', () => {
    expect(checkDraft({ ...filled, name: '' })).toEqual({ problem: '请填写老人的姓名。' });
    expect(checkDraft({ ...filled, birthDate: '' })).toEqual({ problem: '请选择老人的出生日期。' });
    expect(checkDraft({ ...filled, birthDate: '1940-02-31' })).toEqual({ problem: '请选择老人的出生日期。' });
    expect(checkDraft({ ...filled, number: '6号' })).toEqual({ problem: '门牌号请只填数字，例如 12。' });
    expect(checkDraft({ ...filled, phone: '12345' })).toEqual({ problem: expect.stringContaining('11 位手机号') });
  });

  it('leaves the phone out when none is given', () => {
    expect(checkDraft({ ...filled, phone: '' })).toMatchObject({ fields: { phone: null } });
  });
});

describe('refusals in plain words', () => {
  it('says when a too-young elder can book', () => {
    expect(refusalWords('TOO_YOUNG', { minAge: 90, age: 78, eligibleFrom: '2038-03-01' }, 'x')).toBe(
      '这项服务只给 90 岁及以上的老人。老人现在 78 岁，2038年3月1日起就可以预约。',
    );
  });

  it('says what to do about a used-up quota and a rejected profile', () => {
    expect(refusalWords('QUOTA_USED', { quota: 3 }, 'x')).toContain('明年 1 月 1 日起可以再预约');
    expect(refusalWords('PROFILE_REJECTED', { note: '出生日期不符' }, 'x')).toBe(
      '老人的信息没有通过社区核实，原因：出生日期不符。请改好后重新提交。',
    );
  });

  it('says the server sentence when the numbers behind a reason are missing (window lists send none)', () => {
    expect(refusalWords('TOO_YOUNG', null, '此项服务面向 90 岁及以上老人，服务当天老人 78 岁')).toBe(
      '此项服务面向 90 岁及以上老人，服务当天老人 78 岁',
    );
    expect(refusalWords('QUOTA_USED', {}, 'x')).toBe(
      '今年的免费服务已经用完了（待确认的预约也算在内）。明年 1 月 1 日起可以再预约。',
    );
  });

  it('falls back to the server sentence for a reason it does not know', () => {
    expect(refusalWords('SOMETHING_NEW', {}, '服务器的说明')).toBe('服务器的说明');
  });
});

describe('the calendar entry for WeChat', () => {
  const ics =
    'BEGIN:VEVENT\r\nSUMMARY:上门理发（佳丽理发店）\r\nLOCATION:万安一路12号2号楼1单元302\\, 敲门\r\nDESCRIPTION:为张德顺提供上门理发\\n党群e家 为老服务\r\n DE\r\nEND:VEVENT\r\n';

  it('reads folded and escaped text from the server .ics', () => {
    expect(icsField(ics, 'LOCATION')).toBe('万安一路12号2号楼1单元302, 敲门');
    expect(icsField(ics, 'DESCRIPTION')).toBe('为张德顺提供上门理发\n党群e家 为老服务DE');
    expect(icsField(ics, 'URL')).toBe('');
  });

  it('gives unix seconds and a two-hour alarm', () => {
    expect(
      phoneEventFor(
        { title: '上门理发（佳丽理发店）', startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-01T12:00:00+08:00' },
        ics,
      ),
    ).toEqual({
      title: '上门理发（佳丽理发店）',
      startTime: 1_796_086_800,
      endTime: 1_796_097_600,
      location: '万安一路12号2号楼1单元302, 敲门',
      description: '为张德顺提供上门理发\n党群e家 为老服务DE',
      alarm: true,
      alarmOffset: 7200,
    });
  });
});

describe('client request ids', () => {
  it('fit the server rule and differ per tap', () => {
    const a = newRequestId('bk');
    const b = newRequestId('bk');
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
  });
});
