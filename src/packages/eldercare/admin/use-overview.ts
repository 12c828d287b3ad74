import { useCallback, useMemo } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { saveTextFile, type SaveOutcome } from '../../../platform/download';
import { addMonths, lastDayOfMonth, shanghaiToday } from '../lib/dates';
import type { Overview } from '../lib/types';
import { useRunner } from '../lib/use-runner';

const EXPORT_WORDS: Record<SaveOutcome, (rows: number) => string> = {
  downloaded: (rows) => `表格已下载（${rows} 条预约），可以用 Excel 或 WPS 打开。`,
  shared: (rows) => `表格已生成（${rows} 条预约），发送到聊天后可在电脑版微信里打开。`,
  copied: (rows) => `这台手机发不了文件，表格内容（${rows} 条预约）已复制，可以粘贴到电脑上。`,
  cancelled: () => '没有导出表格。',
};

/**
 * Bookings per partner and month (by visit date): the last six months and
 * next month, since visits already booked for next month count too.
 */
export function useOverview() {
  const range = useMemo(() => {
    const thisMonth = shanghaiToday().slice(0, 7);
    return { fromMonth: addMonths(thisMonth, -5), toMonth: addMonths(thisMonth, 1) };
  }, []);
  const overview = useResource<Overview>(() => call('eldercare', 'overview', range));
  const { busy, outcome, run } = useRunner();

  const exportCsv = useCallback(
    () =>
      run(
        'export',
        async () => {
          const file = await call('eldercare', 'exportCsv', {
            fromDate: `${range.fromMonth}-01`,
            toDate: lastDayOfMonth(range.toMonth),
          });
          const how = await saveTextFile({
            filename: file.filename,
            content: file.content,
            mimeType: file.contentType,
          });
          return { rows: file.rows, how };
        },
        ({ rows, how }) => EXPORT_WORDS[how](rows),
      ),
    [run, range],
  );

  return { range, overview, exportCsv, busy, outcome };
}
