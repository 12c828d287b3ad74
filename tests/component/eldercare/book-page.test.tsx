import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import BookService from '../../../src/packages/eldercare/book/index';
import { action, failing, installFetch, type Route, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { bookerBooking, elder, HAIRCUT, haircutService, windowRow, ZHANG } from './fixtures';

type WithRedirect = typeof Taro & { redirectTo?: jest.Mock };
const taro = Taro as WithRedirect;

const W1 = `${HAIRCUT}_2026-12-01_am`;
const W2 = `${HAIRCUT}_2026-12-03_pm`;

function world(...bookRoutes: Route[]) {
  return installFetch(
    action('eldercare', 'getElder', () => elder),
    action('eldercare', 'servicesForElder', () => [
      { service: haircutService, bookable: true, refusal: null, remainingThisYear: 2, usedThisYear: 1 },
    ]),
    action('eldercare', 'listWindows', () => [
      windowRow(W1, '12月1日（周二）上午', 3),
      windowRow(W2, '12月3日（周四）下午', 1),
      windowRow(`${HAIRCUT}_2026-12-03_am`, '12月3日（周四）上午', 0, false, {
        reason: 'WINDOW_FULL',
        message: '该时段已约满',
      }),
    ]),
    ...bookRoutes,
  );
}

const bookRequests = (seen: SeenRequest[]) =>
  seen.filter((r) => (r.body as { action?: string })?.action === 'book').map((r) => r.body as Record<string, string>);

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { elderId: ZHANG, serviceId: HAIRCUT };
  taro.redirectTo = jest.fn(async () => ({ errMsg: 'redirectTo:ok' }));
});
afterEach(() => {
  delete taro.redirectTo;
});

describe('预约 page', () => {
  it('shows the windows as a week, only open ones choosable, books the chosen one with the note, and opens the booking', async () => {
    const { seen } = world(
      action('eldercare', 'book', () => ({ booking: bookerBooking({ id: 'bk_new' }), replayed: false })),
    );
    render(<BookService />);
    expect(await screen.findByRole('radio', { name: '12月1日（周二）上午，还剩 3 个名额' })).toBeTruthy();
    // A full window is shown, greyed and saying why, but cannot be chosen.
    expect(screen.queryByRole('radio', { name: /12月3日（周四）上午/ })).toBeNull();
    expect(screen.getByTestId(`window-off-${HAIRCUT}_2026-12-03_am`).textContent).toBe('上午已约满');
    // One row per date: 12月3日 has both halves in one row.
    const week = screen.getByTestId('window-week');
    expect(Array.from(week.children).map((row) => row.firstElementChild?.textContent)).toEqual([
      '12月1日（周二）',
      '12月3日（周四）',
    ]);

    fireEvent.click(screen.getByRole('radio', { name: /12月3日/ }));
    fireEvent.input(await screen.findByLabelText('备注'), { target: { value: ' 请敲门后多等一会儿 ' } });
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));

    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/eldercare/booking/index?id=bk_new&created=1' }),
    );
    const [sent] = bookRequests(seen);
    expect(sent).toMatchObject({ elderId: ZHANG, serviceId: HAIRCUT, windowId: W2, notes: '请敲门后多等一会儿' });
    expect(sent.clientRequestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('asks for a window before calling the server', async () => {
    const { seen } = world();
    render(<BookService />);
    fireEvent.click(await screen.findByRole('button', { name: '提交预约' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请先选择上门时间。');
    expect(bookRequests(seen)).toHaveLength(0);
  });

  it('resends the same request id when the reply was lost, so a retry cannot book twice', async () => {
    let calls = 0;
    const { seen } = world((req) => {
      if ((req.body as { action?: string })?.action !== 'book') return undefined;
      calls++;
      return calls === 1
        ? new Error('offline')
        : { json: { ok: true, data: { booking: bookerBooking({ id: 'bk_once' }), replayed: true } } };
    });
    render(<BookService />);
    fireEvent.click(await screen.findByRole('radio', { name: /12月1日/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    expect((await screen.findByRole('alert')).textContent).toContain('不会重复预约');

    fireEvent.click(screen.getByRole('button', { name: '再试一次' }));
    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalled());
    const [first, retry] = bookRequests(seen);
    expect(retry.clientRequestId).toBe(first.clientRequestId);
  });

  it('explains a full window in plain words and uses a new request id for the next tap', async () => {
    const { seen } = world(failing('eldercare', 'book', 'RESOURCE_EXHAUSTED', '该时段已约满，请选择其他时段', 429));
    render(<BookService />);
    fireEvent.click(await screen.findByRole('radio', { name: /12月3日/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    expect((await screen.findByRole('alert')).textContent).toBe('该时段已约满，请选择其他时段');
    fireEvent.click(await screen.findByRole('button', { name: '提交预约' }));
    await waitFor(() => expect(bookRequests(seen)).toHaveLength(2));
    const [first, second] = bookRequests(seen);
    expect(second.clientRequestId).not.toBe(first.clientRequestId);
  });

  it('asks WeChat for subscription consent on the booking tap (no templates configured: no dialog)', async () => {
    world(action('eldercare', 'book', () => ({ booking: bookerBooking(), replayed: false })));
    const withSubscribe = Taro as typeof Taro & { requestSubscribeMessage?: jest.Mock };
    withSubscribe.requestSubscribeMessage = jest.fn();
    render(<BookService />);
    fireEvent.click(await screen.findByRole('radio', { name: /12月1日/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalled());
    // H5 and an empty template list both skip the dialog; the platform test covers WeChat itself.
    expect(withSubscribe.requestSubscribeMessage).not.toHaveBeenCalled();
    delete withSubscribe.requestSubscribeMessage;
  });

  it("warns before booking a window inside the cancellation cut-off, shows the partner's phone, and books only after 确定预约", async () => {
    const soon = `${HAIRCUT}_2026-11-27_am`;
    const { seen } = installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'servicesForElder', () => [
        { service: haircutService, bookable: true, refusal: null, remainingThisYear: 2, usedThisYear: 1 },
      ]),
      action('eldercare', 'listWindows', () => [
        windowRow(soon, '11月27日（周五）上午', 2, true, null, false),
        windowRow(W1, '12月1日（周二）上午', 3),
      ]),
      action('eldercare', 'book', () => ({ booking: bookerBooking({ id: 'bk_soon' }), replayed: false })),
    );
    render(<BookService />);
    fireEvent.click(await screen.findByRole('radio', { name: /11月27日/ }));
    expect((await screen.findByTestId('book-late')).textContent).toContain('预约后不能在网上取消');
    fireEvent.click(screen.getByRole('button', { name: '打电话给佳丽理发店：13800000006' }));
    await waitFor(() => expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800000006' }));

    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    expect((await screen.findByTestId('book-late-confirm')).textContent).toContain('预约后不能在网上取消');
    expect(bookRequests(seen)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(bookRequests(seen)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定预约' }));
    await waitFor(() => expect(bookRequests(seen)).toHaveLength(1));
  });

  it('books a window outside the cut-off without the extra question', async () => {
    const { seen } = world(
      action('eldercare', 'book', () => ({ booking: bookerBooking({ id: 'bk_new' }), replayed: false })),
    );
    render(<BookService />);
    fireEvent.click(await screen.findByRole('radio', { name: /12月1日/ }));
    expect(screen.queryByTestId('book-late')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    await waitFor(() => expect(bookRequests(seen)).toHaveLength(1));
  });
});

describe('week view of windows', () => {
  it('says why a window cannot be booked: full, too soon, none that half day', async () => {
    installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'servicesForElder', () => [
        { service: haircutService, bookable: true, refusal: null, remainingThisYear: 2, usedThisYear: 1 },
      ]),
      action('eldercare', 'listWindows', () => [
        windowRow(`${HAIRCUT}_2026-12-01_am`, '12月1日（周二）上午', 2, false, {
          reason: 'WINDOW_TOO_SOON',
          message: '太近',
        }),
        windowRow(`${HAIRCUT}_2026-12-01_pm`, '12月1日（周二）下午', 0, false, {
          reason: 'WINDOW_FULL',
          message: '已约满',
        }),
      ]),
    );
    render(<BookService />);
    const soon = await screen.findByTestId(`window-off-${HAIRCUT}_2026-12-01_am`);
    expect(soon.textContent).toBe('上午太近了，约不上');
    expect(soon.className).toContain('ec-week__cell--soon');
    expect(screen.getByTestId(`window-off-${HAIRCUT}_2026-12-01_pm`).className).toContain('ec-week__cell--full');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByTestId('no-windows')).toBeTruthy();
  });
});
