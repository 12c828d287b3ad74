/** Plain words of the direct line's pages. */

/** 12.5 -> "12.5 万元"; 5230 -> "5230 万元". */
export function wan(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : `${Number(amount.toFixed(2))} 万元`;
}

/** 0.9512 -> "95.1%"; null -> "暂无". */
export function percent(rate: number | null): string {
  return rate === null ? '暂无' : `${Math.round(rate * 1000) / 10}%`;
}

export const MATCH_WORDS = { proposed: '已推荐，待银行结果', granted: '已放款', declined: '未获批' } as const;

/** A client request id (8-64 of [A-Za-z0-9_-]): the server finds the first request when the same id is sent again. */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  const noise = Array.from({ length: 3 }, () =>
    Math.floor(random() * 36 ** 5)
      .toString(36)
      .padStart(5, '0'),
  ).join('');
  return `rq-${now.toString(36)}-${noise}`;
}

export type Span = 'year' | 'twelve' | 'all';
/** The month range of a span, in Shanghai months (YYYY-MM). */
export function spanMonths(span: Span, now: Date = new Date()): { from: string; to: string } {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const y = shanghai.getUTCFullYear();
  const m = shanghai.getUTCMonth();
  const month = (offset: number) => {
    const d = new Date(Date.UTC(y, m + offset, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  const to = month(0);
  if (span === 'year') return { from: `${y}-01`, to };
  return { from: month(span === 'twelve' ? -11 : -35), to };
}
