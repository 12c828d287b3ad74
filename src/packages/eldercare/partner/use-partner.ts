import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { PartnerBooking, PartnerListView } from '../lib/types';

export const PARTNER_VIEWS: Array<{ view: PartnerListView; label: string; empty: string }> = [
  { view: 'pending', label: '待确认', empty: '没有等待确认的预约。' },
  { view: 'today', label: '今天', empty: '今天没有上门服务。' },
  { view: 'upcoming', label: '即将上门', empty: '没有已确认、还没上门的预约。' },
  { view: 'history', label: '已结束', empty: '还没有结束的预约。' },
];

/** The partner workbench lists, loaded together so every tab can show its count. */
export function usePartnerWorkbench() {
  return useResource<Record<PartnerListView, PartnerBooking[]>>(async () => {
    const lists = await Promise.all(PARTNER_VIEWS.map(({ view }) => call('eldercare', 'partnerBookings', { view })));
    return Object.fromEntries(PARTNER_VIEWS.map(({ view }, i) => [view, lists[i]])) as Record<
      PartnerListView,
      PartnerBooking[]
    >;
  });
}
