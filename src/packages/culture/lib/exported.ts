import type { SaveOutcome } from '../../../platform/download';

/** Words for what saveTextFile did, shared by every CSV export. */
export function exportedText(outcome: SaveOutcome, rows: number): string | null {
  if (outcome === 'cancelled') return null;
  if (outcome === 'downloaded') return `名单已下载（${rows} 人），可以用 Excel 或 WPS 打开。`;
  if (outcome === 'shared') return `名单已生成（${rows} 人），可以发送到聊天里再打开。`;
  return `名单（${rows} 人）已复制，可以粘贴到表格里。`;
}
