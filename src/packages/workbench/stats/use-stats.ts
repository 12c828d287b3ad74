import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { saveTextFile } from '../../../platform/download';
import { monthOf } from '../../../issues/format';
import type { GroupBy, Stats } from '../../../issues/types';

export type Span = 3 | 6 | 12;

const SAVED_TEXT: Record<string, string> = {
  downloaded: '表格已下载，可用 Excel 或 WPS 打开。',
  shared: '表格已发送到聊天，可在电脑版微信里打开。',
  copied: '这台手机发不了文件，表格内容已复制，可粘贴到电脑上。',
  cancelled: '已取消导出。',
};

/** Statistics over the last few months, grouped one way, and the same table as a CSV file. */
export function useStats() {
  const [span, setSpan] = useState<Span>(6);
  const [groupBy, setGroupBy] = useState<GroupBy>('grid');
  const input = useCallback(() => {
    const now = new Date();
    return { from: monthOf(now, span - 1), to: monthOf(now), groupBy };
  }, [span, groupBy]);
  const stats = useResource<Stats>(() => call('issues', 'stats', input()));
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const key = `${span}-${groupBy}`;
  const { reload } = stats;

  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    reload();
  }, [key, reload]);

  const exportCsv = useCallback(async () => {
    setExporting(true);
    setNotice(null);
    try {
      const file = await call('issues', 'exportStats', input());
      const outcome = await saveTextFile({ filename: file.filename, content: file.csv, mimeType: file.mimeType });
      setNotice({ ok: outcome !== 'cancelled', text: SAVED_TEXT[outcome] ?? '表格已导出。' });
    } catch (err) {
      setNotice({ ok: false, text: toApiError(err).message });
    } finally {
      setExporting(false);
    }
  }, [input]);

  return { span, setSpan, groupBy, setGroupBy, stats, exporting, exportCsv, notice };
}
