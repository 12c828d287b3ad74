import { useCallback, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError, type ApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { subscribeFor } from '../../../platform/subscribe';
import { newRequestId } from '../../../utils/request-id';
import type { BookerBooking, ElderProfile, ElderServiceRow, WindowOption } from '../lib/types';
import { isUncertain } from '../lib/words';

export interface BookData {
  elder: ElderProfile;
  row: ElderServiceRow | null;
  windows: WindowOption[];
}

/**
 * Booking one window. Each tap gets one client request id; when the reply
 * is lost (network, timeout) the same id is sent again on the retry, so the
 * server returns the booking the first tap made instead of making a second.
 */
export function useBook(elderId: string, serviceId: string) {
  const data = useResource<BookData>(async () => {
    const [elder, services, windows] = await Promise.all([
      call('eldercare', 'getElder', { elderId }),
      call('eldercare', 'servicesForElder', { elderId }),
      call('eldercare', 'listWindows', { serviceId, elderId }),
    ]);
    return { elder, row: services.find((s) => s.service.id === serviceId) ?? null, windows };
  });
  const pending = useRef<{ windowId: string; requestId: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const reloadWindows = data.reload;

  const book = useCallback(
    async (windowId: string, notes: string): Promise<BookerBooking | null> => {
      // Consent first: WeChat shows its dialog only while a tap is being handled (a no-op in H5).
      await subscribeFor('eldercareBooking');
      if (pending.current?.windowId !== windowId) pending.current = { windowId, requestId: newRequestId('bk') };
      const { requestId } = pending.current;
      setBusy(true);
      setError(null);
      try {
        const { booking } = await call('eldercare', 'book', {
          clientRequestId: requestId,
          elderId,
          serviceId,
          windowId,
          notes: notes.trim(),
        });
        pending.current = null;
        return booking;
      } catch (err) {
        const failure = toApiError(err);
        // A clear refusal booked nothing, so the next tap is a new request; an unknown outcome keeps the id for the retry.
        if (!isUncertain(failure)) {
          pending.current = null;
          const reason = (failure.details as { reason?: string } | undefined)?.reason ?? '';
          if (reason.startsWith('WINDOW_') || reason === 'ALREADY_BOOKED') reloadWindows();
        }
        setError(failure);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [elderId, serviceId, reloadWindows],
  );

  /** True while a retry would resend the previous request for this window. */
  const isRetry = (windowId: string) => pending.current?.windowId === windowId && error !== null && isUncertain(error);

  return { data, busy, error, book, isRetry };
}
