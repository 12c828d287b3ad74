import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import PartnerBookingPage from '../../../src/packages/eldercare/partner-booking/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import { taroDouble } from '../taro-double';
import { HAIRCUT, partnerBooking, windowRow } from './fixtures';

const bodyOf = (seen: SeenRequest[], name: string) =>
  seen.find((r) => (r.body as { action?: string })?.action === name)?.body;

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'bk_1' };
});

const revealed = partnerBooking({
  status: 'confirmed',
  statusLabel: '已确认',
  revealed: true,
  version: 2,
  allowed: ['partner_cancel', 'propose', 'complete', 'no_show'],
  elder: {
    name: '张德顺',
    age: 92,
    address: '万安一路12号2号楼1单元302',
    phone: '13800000012',
    contactName: '张丽',
    contactPhone: '13800000002',
  },
});

describe('预约处理 (partner side)', () => {
  it('shows only what the server sends before confirming, then the full address after', async () => {
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'partner', booking: partnerBooking() })),
      action('eldercare', 'confirm', () => revealed),
    );
    render(<PartnerBookingPage />);
    const facts = await screen.findByTestId('partner-facts');
    expect(facts.textContent).toContain('张**');
    expect(facts.textContent).toContain('138****0012');
    expect(screen.getByText('确认预约后，才能看到老人的完整姓名、地址和电话。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '确认预约' }));
    await waitFor(() => expect(screen.getByTestId('partner-facts').textContent).toContain('万安一路12号2号楼1单元302'));
    expect(bodyOf(seen, 'confirm')).toEqual({ action: 'confirm', bookingId: 'bk_1', version: 1 });
    expect(screen.getByRole('button', { name: '服务完成' })).toBeTruthy();
  });

  it('declining needs a reason before anything is sent', async () => {
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'partner', booking: partnerBooking() })),
      action('eldercare', 'decline', () => partnerBooking({ status: 'declined', statusLabel: '已拒绝', allowed: [] })),
    );
    render(<PartnerBookingPage />);
    fireEvent.click(await screen.findByRole('button', { name: '不能接这个预约' }));
    fireEvent.click(screen.getByRole('button', { name: '确认拒绝' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写拒绝的原因（至少 2 个字）。');
    expect(bodyOf(seen, 'decline')).toBeUndefined();
    fireEvent.input(await screen.findByLabelText('拒绝的原因'), { target: { value: '那天店里停业' } });
    fireEvent.click(screen.getByRole('button', { name: '确认拒绝' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'decline')).toEqual({
        action: 'decline',
        bookingId: 'bk_1',
        version: 1,
        reason: '那天店里停业',
      }),
    );
  });

  it('proposes another window that still has room, with a reason', async () => {
    const other = `${HAIRCUT}_2026-12-03_pm`;
    const { seen } = installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'partner', booking: revealed })),
      action('eldercare', 'listWindows', () => [
        windowRow(`${HAIRCUT}_2026-12-01_am`, '12月1日（周二）上午', 2),
        windowRow(other, '12月3日（周四）下午', 2),
        windowRow('full', '12月8日（周二）上午', 0, false),
      ]),
      action('eldercare', 'proposeWindow', () => ({
        ...revealed,
        status: 'reschedule_proposed',
        statusLabel: '改期待确认',
        allowed: ['propose', 'partner_cancel'],
      })),
    );
    render(<PartnerBookingPage />);
    fireEvent.click(await screen.findByRole('button', { name: '换个时间' }));
    // The current window and full ones are not offered.
    expect(await screen.findByRole('radio', { name: /12月3日/ })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /12月1日/ })).toBeNull();
    expect(screen.queryByRole('radio', { name: /12月8日/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /12月3日/ }));
    fireEvent.input(await screen.findByLabelText('换时间的原因'), { target: { value: '理发师那天有事' } });
    fireEvent.click(screen.getByRole('button', { name: '发给家属确认' }));
    await waitFor(() =>
      expect(bodyOf(seen, 'proposeWindow')).toEqual({
        action: 'proposeWindow',
        bookingId: 'bk_1',
        version: 2,
        windowId: other,
        reason: '理发师那天有事',
      }),
    );
  });

  it('explains marking a visit completed too early', async () => {
    installFetch(
      action('eldercare', 'getBooking', () => ({ audience: 'partner', booking: revealed })),
      (req) =>
        (req.body as { action?: string })?.action === 'complete'
          ? {
              status: 400,
              json: {
                ok: false,
                error: {
                  code: 'FAILED_PRECONDITION',
                  message: '服务时段开始后才能标记完成或未遇',
                  details: { reason: 'VISIT_NOT_STARTED' },
                },
              },
            }
          : undefined,
    );
    render(<PartnerBookingPage />);
    fireEvent.click(await screen.findByRole('button', { name: '服务完成' }));
    fireEvent.click(screen.getByRole('button', { name: '确认服务完成' }));
    expect((await screen.findByTestId('partner-outcome')).textContent).toBe(
      '到了上门时间以后，才能标记“服务完成”或“上门未遇”。',
    );
  });
});
