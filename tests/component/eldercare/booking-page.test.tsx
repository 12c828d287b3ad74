import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import BookingDetail from '../../../src/packages/eldercare/booking/index';
import { action, failing, installFetch, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { bookerBooking } from './fixtures';

const bodyOf = (seen: SeenRequest[], name: string) =>
  seen.find((r) => (r.body as { action?: string })?.action === name)?.body;

type WithCalendar = typeof Taro & { addPhoneCalendar?: jest.Mock };
const taro = Taro as WithCalendar;

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'bk_1' };
});
afterEach(() => {
  delete taro.addPhoneCalendar;
});

const proposed = {
  windowId: 'svc-jiali-haircut_2026-12-03_pm',
  date: '2026-12-03',
  period: 'pm',
  periodLabel: '下午',
  label: '12月3日（周四）下午',
  startsAt: '2026-12-03T14:00:00+08:00',
  endsAt: '2026-12-03T17:00:00+08:00',
};
const proposal = bookerBooking({
  status: 'reschedule_proposed',
  statusLabel: '改期待确认',
  proposed,
  allowed: ['accept', 'refuse'],
  version: 3,
  timeline: [
    {
      at: '2026-11-27T02:00:00.000Z',
      event: 'propose',
      label: '建议改期',
      by: '服务方',
      status: 'reschedule_proposed',
      statusLabel: '改期待确认',
      reason: '理发师那天有事',
    },
  ],
});

describe('预约详情 (family side)', () => {
  it('shows a proposed new time with the partner reason, and accepts it with the version seen', async () => {
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'booker', booking: proposal })),
      action('eldercare', 'acceptReschedule', () =>
        bookerBooking({
          status: 'confirmed',
          statusLabel: '已确认',
          window: proposed,
          allowed: ['cancel'],
          version: 4,
        }),
      ),
    );
    render(<BookingDetail />);
    expect((await screen.findByTestId('proposal')).textContent).toContain('12月3日（周四）下午 14:00–17:00');
    expect(screen.getByText('服务单位说明：理发师那天有事')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '同意新时间' }));
    expect((await screen.findByRole('status')).textContent).toContain('您已同意新时间');
    expect(bodyOf(seen, 'acceptReschedule')).toEqual({ action: 'acceptReschedule', bookingId: 'bk_1', version: 3 });
    expect(screen.getByTestId('booking-status').textContent).toContain('已确认');
  });

  it('refusing a new time asks first, says the booking will be cancelled, then sends the reason', async () => {
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'booker', booking: proposal })),
      action('eldercare', 'refuseReschedule', () =>
        bookerBooking({ status: 'cancelled', statusLabel: '已取消', allowed: [], version: 4 }),
      ),
    );
    render(<BookingDetail />);
    fireEvent.click(await screen.findByRole('button', { name: '不同意新时间' }));
    expect(screen.getByText(/这次预约会取消/)).toBeTruthy();
    fireEvent.input(await screen.findByLabelText('原因（可不填）'), { target: { value: '那天要去医院' } });
    fireEvent.click(screen.getByRole('button', { name: '不同意，取消预约' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'refuseReschedule')).toEqual({
        action: 'refuseReschedule',
        bookingId: 'bk_1',
        version: 3,
        reason: '那天要去医院',
      }),
    );
    expect(await screen.findByRole('button', { name: '重新预约' })).toBeTruthy();
  });

  it('explains a refused cancellation in plain words and reloads the booking', async () => {
    let loads = 0;
    installFetch(
      action('eldercare', 'getBooking', () => {
        loads++;
        return { audience: 'booker', booking: bookerBooking() };
      }),
      (req) =>
        (req.body as { action?: string })?.action === 'cancel'
          ? {
              status: 400,
              json: {
                ok: false,
                error: {
                  code: 'FAILED_PRECONDITION',
                  message: '服务开始前 24 小时内不能在线取消',
                  details: { reason: 'CANCEL_CUTOFF', hours: 24 },
                },
              },
            }
          : undefined,
    );
    render(<BookingDetail />);
    fireEvent.click(await screen.findByRole('button', { name: '取消预约' }));
    fireEvent.click(screen.getByRole('button', { name: '确定取消' }));
    expect((await screen.findByTestId('booking-outcome')).textContent).toBe(
      '离上门不到 24 小时，不能在网上取消了。如有变化，请直接给服务单位打电话。',
    );
    await waitFor(() => expect(loads).toBe(2));
  });

  it('rates a completed visit with big star buttons', async () => {
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({
        audience: 'booker',
        booking: bookerBooking({ status: 'completed', statusLabel: '已完成', allowed: [], canRate: true }),
      })),
      action('eldercare', 'rate', (input) =>
        bookerBooking({
          status: 'completed',
          statusLabel: '已完成',
          allowed: [],
          rating: { stars: input.stars, comment: input.comment, at: '2026-12-01T05:00:00.000Z' },
        }),
      ),
    );
    render(<BookingDetail />);
    fireEvent.click(await screen.findByRole('button', { name: '提交评价' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请先选择满意程度。');
    fireEvent.click(screen.getByRole('radio', { name: '4 星 满意' }));
    fireEvent.input(await screen.findByLabelText('想说的话（可不填）'), { target: { value: '很准时' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect((await screen.findByTestId('my-rating')).textContent).toContain('4 星');
    expect(bodyOf(seen, 'rate')).toEqual({ action: 'rate', bookingId: 'bk_1', stars: 4, comment: '很准时' });
  });

  it('in WeChat adds a confirmed visit to the phone calendar with the address from the server', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.addPhoneCalendar = jest.fn(async () => ({ errMsg: 'addPhoneCalendar:ok' }));
    const confirmed = bookerBooking({ status: 'confirmed', statusLabel: '已确认' });
    Taro.cloud.callFunction.mockImplementation(async ({ data }: { data: Record<string, unknown> }) => {
      if (data.action === 'getBooking')
        return { result: { ok: true, data: { audience: 'booker', booking: confirmed } } };
      if (data.action === 'calendar') {
        return {
          result: {
            ok: true,
            data: {
              filename: '为老服务-2026-12-01.ics',
              contentType: 'text/calendar; charset=utf-8',
              content:
                'BEGIN:VEVENT\r\nLOCATION:万安一路12号2号楼1单元302\r\nDESCRIPTION:为张德顺提供上门理发\r\nEND:VEVENT\r\n',
            },
          },
        };
      }
      return { result: undefined };
    });
    render(<BookingDetail />);
    fireEvent.click(await screen.findByRole('button', { name: '加入日历' }));
    expect((await screen.findByTestId('booking-outcome')).textContent).toContain('已加入手机日历');
    expect(taro.addPhoneCalendar).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '上门理发（佳丽理发店）',
        startTime: 1_796_086_800,
        endTime: '1796097600',
        location: '万安一路12号2号楼1单元302',
        alarm: true,
        alarmOffset: 7200,
      }),
    );
  });

  it('shows a load failure with a retry', async () => {
    installFetch(failing('eldercare', 'getBooking', 'NOT_FOUND', '没有找到这条预约', 404));
    render(<BookingDetail />);
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这条预约');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '返回上一页' })).toBeTruthy();
  });
});
