import {
  changedFields,
  emptyForm,
  formFromSession,
  toInput,
  type SessionForm,
} from '../../../src/packages/culture/session-edit/session-form';
import { dateAndTime, momentLabel, shanghaiInstant } from '../../../src/packages/culture/lib/format';

const filled: SessionForm = {
  ...emptyForm(),
  title: ' 邻里书法交流 ',
  category: 'calligraphy',
  venue: '书画室',
  date: '2026-12-05',
  startTime: '9:30',
  endTime: '11:00',
  capacity: '20',
};

describe('the session form', () => {
  it('turns the fields into the server input with Shanghai times and the cancel cut-off', () => {
    const result = toInput(filled);
    expect(result).toEqual({
      input: expect.objectContaining({
        kind: 'event',
        title: '邻里书法交流',
        startsAt: '2026-12-05T09:30:00+08:00',
        endsAt: '2026-12-05T11:00:00+08:00',
        capacity: 20,
        cancelDeadline: '2026-12-04T01:30:00.000Z',
        offerHours: 24,
        courseId: null,
        series: null,
      }),
    });
  });

  it('names the first problem in plain words', () => {
    expect(toInput({ ...filled, title: '' })).toEqual({ error: '请填写活动名称。' });
    expect(toInput({ ...filled, date: '' })).toEqual({ error: '请选择活动日期。' });
    expect(toInput({ ...filled, startTime: '' })).toEqual({ error: '请选择开始时间。' });
    expect(toInput({ ...filled, endTime: '' })).toEqual({ error: '请选择结束时间。' });
    expect(toInput({ ...filled, date: '2026-02-30' })).toEqual({ error: '请选择活动日期。' });
    expect(toInput({ ...filled, endTime: '09:00' })).toEqual({ error: '结束时间要晚于开始时间。' });
    expect(toInput({ ...filled, capacity: '0' })).toEqual({ error: '请填写名额（至少 1 人）。' });
    expect(toInput({ ...filled, offerHours: '200' })).toEqual({ error: expect.stringContaining('168') });
  });

  it('edits send only what changed, comparing times as instants', () => {
    const session = {
      kind: 'event' as const,
      title: '邻里书法交流',
      category: 'calligraphy' as const,
      courseId: null,
      series: null,
      venue: '书画室',
      startsAt: '2026-12-05T01:30:00.000Z',
      endsAt: '2026-12-05T03:00:00.000Z',
      capacity: 20,
      description: '',
      cancelDeadline: '2026-12-04T01:30:00.000Z',
      offerHours: 24,
    };
    const form = formFromSession(session);
    expect(form).toMatchObject({
      date: '2026-12-05',
      startTime: '09:30',
      endTime: '11:00',
      capacity: '20',
      cancelHours: '24',
    });
    const before = toInput(form);
    const after = toInput({ ...form, capacity: '25' });
    if (!('input' in before) || !('input' in after)) throw new Error('form should be valid');
    expect(changedFields(before.input, after.input)).toEqual({ capacity: 25 });
  });
});

describe('times in Shanghai', () => {
  it('shows instants in Shanghai time whatever the phone zone', () => {
    expect(momentLabel('2026-12-04T01:30:00.000Z')).toBe('12月4日（周五）09:30');
    expect(dateAndTime('2026-12-04T16:30:00.000Z')).toEqual({ date: '2026-12-05', time: '00:30' });
    expect(shanghaiInstant('2026-1-5', '7:05')).toBe('2026-01-05T07:05:00+08:00');
    expect(shanghaiInstant('2026-13-01', '07:05')).toBeNull();
  });
});
