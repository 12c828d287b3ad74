import { useCallback, useMemo, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { addDays, shanghaiToday } from '../lib/dates';
import type { PartnerWindow, ServiceView } from '../lib/types';
import { useRunner } from '../lib/use-runner';

/** Four weeks ahead: as far as families can book the longest-running service. */
const DAYS_SHOWN = 28;

/**
 * The window planner of one service. Capacity changes are collected on the
 * page and saved in one call, which the server applies all together or not at
 * all (a capacity below the places already taken refuses the whole save).
 */
export function usePartnerWindows(serviceId: string) {
  const today = useMemo(() => shanghaiToday(), []);
  const data = useResource<{ service: ServiceView | null; windows: PartnerWindow[] }>(async () => {
    const [services, windows] = await Promise.all([
      call('eldercare', 'partnerServices'),
      call('eldercare', 'partnerWindows', { serviceId, from: today, to: addDays(today, DAYS_SHOWN) }),
    ]);
    return { service: services.find((s) => s.id === serviceId) ?? null, windows };
  });
  const [edits, setEdits] = useState<Record<string, number>>({});
  const { busy, outcome, run, say } = useRunner();
  const { reload } = data;

  const capacityOf = (w: PartnerWindow) => edits[w.id] ?? w.capacity;
  const adjust = (w: PartnerWindow, delta: number) => {
    const next = Math.min(50, Math.max(Math.max(1, w.taken), capacityOf(w) + delta));
    setEdits((e) => {
      const copy = { ...e };
      if (next === w.capacity) delete copy[w.id];
      else copy[w.id] = next;
      return copy;
    });
  };

  const saveCapacities = useCallback(async () => {
    const windows = (data.data?.windows ?? [])
      .filter((w) => edits[w.id] !== undefined)
      .map((w) => ({ date: w.date, period: w.period, capacity: edits[w.id] }));
    if (windows.length === 0) return;
    const saved = await run(
      'save',
      () => call('eldercare', 'setWindows', { serviceId, windows }),
      `已保存 ${windows.length} 个时段的名额。`,
    );
    if (saved) setEdits({});
    reload();
  }, [data.data, edits, run, serviceId, reload]);

  const setOpen = useCallback(
    async (w: PartnerWindow, open: boolean) => {
      await run(
        `open-${w.id}`,
        () => call('eldercare', 'setWindowOpen', { windowId: w.id, open }),
        open ? `${w.label}已重新开放预约。` : `${w.label}已停止预约，已约好的照常上门。`,
      );
      reload();
    },
    [run, reload],
  );

  const addWindow = useCallback(
    async (date: string, period: 'am' | 'pm', capacity: number) => {
      const saved = await run(
        'add',
        () => call('eldercare', 'setWindows', { serviceId, windows: [{ date, period, capacity }] }),
        (rows) => `已增加：${rows[0]?.label ?? date}，${capacity} 个名额。`,
      );
      reload();
      return saved !== null;
    },
    [run, serviceId, reload],
  );

  return { today, data, edits, capacityOf, adjust, saveCapacities, setOpen, addWindow, busy, outcome, say };
}
