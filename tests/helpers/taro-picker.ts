/**
 * Driving Taro's H5 Picker (`taro-picker-core`, a weui wheel) in tests, the
 * same way in jsdom and in Chromium. The wheel follows mouse drags on each
 * column (`taro-picker-group`); a real pointer drag of many rows would leave
 * the column and end early, so the drag is dispatched as events on the column.
 * The functions marked "runs in the page" take no outside variables, so
 * playwright can send them to the browser (`page.evaluate(turnWheel, args)`).
 */

/** What each wheel column shows for a value: '2026-12-05' → 2026年 12月 05日; '10:00' → 10 00. */
export function wheelLabels(value: string): string[] {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) return [`${date[1]}年`, `${date[2]}月`, `${date[3]}日`];
  const time = /^(\d{2}):(\d{2})$/.exec(value);
  if (time) return [time[1], time[2]];
  throw new Error(`not a picker value: ${value}`);
}

export interface WheelTurn {
  column: number;
  label: string;
}

/**
 * Runs in the page: drags column `column` of the open picker so that `label`
 * sits under the indicator; true once it does. Returns false without touching
 * the wheel when no picker is open or the label is not on the column (yet: a
 * later column is redrawn a moment after an earlier one turns), so a caller
 * may ask again until it is true. Wait for wheelLabel(column) before turning
 * the next column.
 */
export async function turnWheel({ column, label }: WheelTurn): Promise<boolean> {
  const TOP = 102;
  const ROW = 34;
  const overlay = Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).find(
    (o) => o.style.display !== 'none',
  );
  const group = overlay?.querySelectorAll('taro-picker-group')[column];
  if (!group) return false;
  const offset = () => {
    const content = group.querySelector<HTMLElement>('.weui-picker__content');
    const y = /translate3d\(0(?:px)?,\s*(-?[\d.]+)px/.exec(content?.style.transform ?? '');
    return y ? Number(y[1]) : NaN;
  };
  const items = Array.from(group.querySelectorAll('.weui-picker__item')).map((i) => i.textContent ?? '');
  const index = Math.round((TOP - offset()) / ROW);
  if (items[index] === label) return true;
  const matches = items.flatMap((text, i) => (text === label ? [i] : []));
  // The time wheels repeat a few rows at each end for endless turning; aim at the row in the middle part.
  const target = matches.find((i) => i >= 4 && i < items.length - 4) ?? matches[0];
  if (target === undefined || Number.isNaN(index)) return false;
  const start = 300;
  const end = start + (index - target) * ROW;
  const fire = (type: string, clientY: number) =>
    group.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientY }));
  fire('mousedown', start);
  fire('mousemove', end);
  // The column settles on the row where it stands when the drag ends: let it redraw at the new place first.
  const want = TOP - target * ROW;
  for (let tries = 0; tries < 200 && offset() !== want; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  fire('mouseup', end);
  return offset() === want;
}

/** Runs in the page: the label under the indicator of column `column` of the open picker. */
export function wheelLabel(column: number): string {
  const overlay = Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).find(
    (o) => o.style.display !== 'none',
  );
  const group = overlay?.querySelectorAll('taro-picker-group')[column];
  const content = group?.querySelector<HTMLElement>('.weui-picker__content');
  const y = /translate3d\(0(?:px)?,\s*(-?[\d.]+)px/.exec(content?.style.transform ?? '');
  if (!group || !y) return '';
  const items = Array.from(group.querySelectorAll('.weui-picker__item'));
  return items[Math.round((102 - Number(y[1])) / 34)]?.textContent ?? '';
}

/** Runs in the page: taps 确定 (or 取消) of the open picker; false when none is open. */
export function pressPickerButton(text: string): boolean {
  const overlay = Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).find(
    (o) => o.style.display !== 'none',
  );
  const button = Array.from(overlay?.querySelectorAll<HTMLElement>('.weui-picker__action') ?? []).find(
    (b) => b.textContent === text,
  );
  button?.click();
  return Boolean(button);
}
