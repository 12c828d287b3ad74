import { addToCalendar, type CalendarEntry } from '../../../src/platform/calendar';
import Taro from '../taro-double';
import { blobText } from './blob';

/** The Taro double has no calendar API; each test gives it the one WeChat would have. */
type WithCalendar = typeof Taro & { addPhoneCalendar?: jest.Mock };
const taro = Taro as WithCalendar;

const entry: CalendarEntry = {
  filename: '我们的节日·邻里包饺子.ics',
  mimeType: 'text/calendar; charset=utf-8',
  ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  phoneCalendar: {
    title: '邻里包饺子',
    startTime: 1764984600,
    endTime: 1764991800,
    location: '瑞安路社区综合文化服务中心',
    description: '签到码：000123',
    alarm: true,
    alarmOffset: 3600,
  },
};

afterEach(() => {
  delete taro.addPhoneCalendar;
});

describe('addToCalendar', () => {
  it('in WeChat passes the prepared event to addPhoneCalendar', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.addPhoneCalendar = jest.fn(async () => ({ errMsg: 'addPhoneCalendar:ok' }));
    await expect(addToCalendar(entry)).resolves.toBe('added');
    expect(taro.addPhoneCalendar).toHaveBeenCalledWith({
      title: '邻里包饺子',
      startTime: 1764984600,
      endTime: '1764991800',
      location: '瑞安路社区综合文化服务中心',
      description: '签到码：000123',
      alarm: true,
      alarmOffset: 3600,
    });
  });

  it('in WeChat treats closing the system dialog as a choice, not an error', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.addPhoneCalendar = jest.fn(async () => Promise.reject({ errMsg: 'addPhoneCalendar:fail cancel' }));
    await expect(addToCalendar(entry)).resolves.toBe('cancelled');
  });

  it('in WeChat passes other failures on (e.g. no permission)', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.addPhoneCalendar = jest.fn(async () => Promise.reject({ errMsg: 'addPhoneCalendar:fail auth deny' }));
    await expect(addToCalendar(entry)).rejects.toEqual({ errMsg: 'addPhoneCalendar:fail auth deny' });
  });

  it('in H5 downloads the .ics file instead, never touching the WeChat API', async () => {
    taro.addPhoneCalendar = jest.fn();
    const created: Blob[] = [];
    const clicked: Array<{ href: string; download: string }> = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:calendar';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });

    await expect(addToCalendar(entry)).resolves.toBe('downloaded');
    expect(taro.addPhoneCalendar).not.toHaveBeenCalled();
    expect(clicked).toEqual([{ href: 'blob:calendar', download: '我们的节日·邻里包饺子.ics' }]);
    expect(created[0].type).toBe('text/calendar; charset=utf-8');
    expect(await blobText(created[0])).toBe(entry.ics);
    click.mockRestore();
  });
});
