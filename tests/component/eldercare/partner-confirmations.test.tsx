import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import PartnerBookingPage from '../../../src/packages/eldercare/partner-booking/index';
import PartnerWindows from '../../../src/packages/eldercare/partner-windows/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import { taroDouble } from '../taro-double';
import { HAIRCUT, haircutService, partnerBooking } from './fixtures';

const sent = (seen: SeenRequest[], name: string) =>
  seen.filter((r) => (r.body as { action?: string })?.action === name).map((r) => r.body);

beforeEach(() => saveToken('t'));

describe('partner actions that close something ask first, with 取消', () => {
  it('服务完成 sends nothing until confirmed, and 取消 leaves the booking as it was', async () => {
    taroDouble.routerParams = { id: 'bk_1' };
    const confirmed = partnerBooking({
      status: 'confirmed',
      statusLabel: '已确认',
      revealed: true,
      version: 2,
      allowed: ['complete', 'no_show'],
    });
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'partner', booking: confirmed })),
      action('eldercare', 'complete', () => ({
        ...confirmed,
        status: 'completed',
        statusLabel: '已完成',
        allowed: [],
      })),
    );
    render(<PartnerBookingPage />);
    fireEvent.click(await screen.findByRole('button', { name: '服务完成' }));
    expect(screen.getByText(/标记后不能撤回/)).toBeTruthy();
    expect(sent(seen, 'complete')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('button', { name: '服务完成' })).toBeTruthy();
    expect(sent(seen, 'complete')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '服务完成' }));
    fireEvent.click(screen.getByRole('button', { name: '确认服务完成' }));
    await waitFor(() =>
      expect(sent(seen, 'complete')).toEqual([{ action: 'complete', bookingId: 'bk_1', version: 2 }]),
    );
  });

  it('停止预约 closes a window only after 确定停止预约', async () => {
    taroDouble.routerParams = { serviceId: HAIRCUT };
    const row = {
      id: `${HAIRCUT}_2026-12-01_am`,
      date: '2026-12-01',
      period: 'am',
      label: '12月1日（周二）上午',
      capacity: 4,
      taken: 1,
      open: true,
    };
    const { seen } = installFetch(
      action('eldercare', 'partnerServices', () => [haircutService]),
      action('eldercare', 'partnerWindows', () => [row]),
      action('eldercare', 'setWindowOpen', () => ({ ...row, open: false })),
    );
    render(<PartnerWindows />);
    fireEvent.click(await screen.findByRole('button', { name: '12月1日（周二）上午停止预约' }));
    expect(sent(seen, 'setWindowOpen')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(sent(seen, 'setWindowOpen')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '12月1日（周二）上午停止预约' }));
    fireEvent.click(screen.getByRole('button', { name: '确定停止预约' }));
    await waitFor(() =>
      expect(sent(seen, 'setWindowOpen')).toEqual([{ action: 'setWindowOpen', windowId: row.id, open: false }]),
    );
  });
});
