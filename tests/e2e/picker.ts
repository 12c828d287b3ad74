import type { Locator, Page } from 'playwright-core';
import { pressPickerButton, turnWheel, wheelLabel, wheelLabels } from '../helpers/taro-picker';
import { eventually } from './wait';

/**
 * Chooses a date (YYYY-MM-DD) or time (HH:mm) in a PickerField the way a
 * person does in H5: tap the field, turn each wheel, tap 确定; then waits for
 * the field to say what was chosen.
 */
export async function pickValue(page: Page, field: Locator, value: string): Promise<void> {
  await field.click();
  await eventually(
    'picker open',
    () => page.evaluate(wheelLabel, 0),
    (label) => label !== '',
  );
  const labels = wheelLabels(value);
  for (let column = 0; column < labels.length; column++) {
    // A new year or month redraws the later wheels (their days change) a moment later: until the wanted row is
    // there, turnWheel answers false without touching the wheel, so asking again is safe.
    await eventually(
      `"${labels[column]}" on wheel ${column}`,
      () => page.evaluate(turnWheel, { column, label: labels[column] }),
      (turned) => turned,
    );
    await eventually(
      `wheel ${column} at ${labels[column]}`,
      () => page.evaluate(wheelLabel, column),
      (label) => label === labels[column],
    );
  }
  expect(await page.evaluate(pressPickerButton, '确定')).toBe(true);
  const shown = /^\d{4}-/.test(value) ? value.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : value;
  await eventually(
    `field shows ${shown}`,
    async () => (await field.getAttribute('aria-label')) ?? '',
    (name) => name.endsWith(`：${shown}`),
  );
  // The wheel slides away; the page is usable once it is gone.
  await eventually(
    'picker closed',
    () => page.evaluate(wheelLabel, 0),
    (label) => label === '',
  );
}
