/**
 * The booking page's week view: one row per date, a cell for 上午 and one for
 * 下午, each saying in words whether it can be booked and, if not, why.
 */
export interface WeekWindow {
  id: string;
  date: string;
  period: 'am' | 'pm';
  label: string;
  periodLabel: string;
  placesLeft: number;
  bookable: boolean;
  refusal: { reason: string; message: string } | null;
}

export interface DayRow<W extends WeekWindow = WeekWindow> {
  date: string;
  /** "12月3日（周四）", the window label without its half day. */
  dayLabel: string;
  am: W | null;
  pm: W | null;
}

export type CellKind = 'open' | 'full' | 'soon' | 'closed';

/** Windows arrive sorted by date and half day; dates keep that order. */
export function dayRows<W extends WeekWindow>(windows: W[]): Array<DayRow<W>> {
  const rows = new Map<string, DayRow<W>>();
  for (const w of windows) {
    const row = rows.get(w.date) ?? {
      date: w.date,
      dayLabel: w.label.endsWith(w.periodLabel) ? w.label.slice(0, -w.periodLabel.length) : w.date,
      am: null,
      pm: null,
    };
    row[w.period] = w;
    rows.set(w.date, row);
  }
  return [...rows.values()];
}

/** What a cell shows: full and too-soon windows look different and say so. */
export function cellState(w: WeekWindow): { kind: CellKind; word: string } {
  if (w.bookable) return { kind: 'open', word: `剩 ${w.placesLeft} 个名额` };
  switch (w.refusal?.reason) {
    case 'WINDOW_FULL':
      return { kind: 'full', word: '已约满' };
    case 'WINDOW_TOO_SOON':
      return { kind: 'soon', word: '太近了，约不上' };
    case 'WINDOW_PAST':
      return { kind: 'closed', word: '已过' };
    case 'ALREADY_BOOKED':
      return { kind: 'closed', word: '已约过这个时间' };
    default:
      return { kind: 'closed', word: '不能约' };
  }
}
