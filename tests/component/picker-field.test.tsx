import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { PickerField, pickerText, todayInShanghai } from '../../src/components/PickerField';
import { setCareMode } from '../../src/care/care-mode';
import { Page } from '../../src/components/Page';
import { pressPickerButton, turnWheel, wheelLabel, wheelLabels } from '../helpers/taro-picker';

function Form({
  mode,
  initial = '',
  start,
  end,
}: {
  mode: 'date' | 'time';
  initial?: string;
  start?: string;
  end?: string;
}) {
  const [value, setValue] = useState(initial);
  return (
    <Page title="表单" requireLogin={false}>
      <PickerField
        label={mode === 'date' ? '日期' : '开始时间'}
        mode={mode}
        value={value}
        onChange={setValue}
        start={start}
        end={end}
        testId="field"
      />
      <output data-testid="value">{value}</output>
    </Page>
  );
}

/** Taps the field once the picker has loaded (it puts its wheel overlay into the body then) and waits for the wheel. */
async function open(field: HTMLElement) {
  await waitFor(() => expect(document.querySelector('.weui-picker__overlay')).not.toBeNull());
  fireEvent.click(field);
  await waitFor(() => expect(wheelLabel(0)).not.toBe(''));
}

/** Opens the picker by tapping the field, turns each wheel to the value and taps 确定, as a person would. */
async function pick(field: HTMLElement, value: string) {
  await open(field);
  const labels = wheelLabels(value);
  for (let column = 0; column < labels.length; column++) {
    // A new year or month redraws the later wheels: wait for each wheel before the next.
    await waitFor(async () => expect(await turnWheel({ column, label: labels[column] })).toBe(true));
    await waitFor(() => expect(wheelLabel(column)).toBe(labels[column]));
  }
  act(() => {
    expect(pressPickerButton('确定')).toBe(true);
  });
}

describe('PickerField', () => {
  it('shows an empty date as a prompt, named by its label for screen readers', async () => {
    render(<Form mode="date" />);
    // By label, not by role: Stencil's picker keeps its closed state in a `hidden` property, which testing-library reads as hidden content.
    const field = await screen.findByLabelText('日期：请选择日期');
    expect(field.getAttribute('role')).toBe('button');
    expect(field.textContent).toContain('请选择日期');
  });

  it('a date chosen on the wheel becomes YYYY-MM-DD and is shown in words', async () => {
    render(<Form mode="date" start="2026-01-01" end="2027-12-31" initial="2026-11-30" />);
    await pick(screen.getByTestId('field'), '2027-02-14');
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe('2027-02-14'));
    expect(await screen.findByLabelText('日期：2027年2月14日')).toBe(screen.getByTestId('field'));
  });

  it('from the last day of a month that starts the range, the next month offers all its days', async () => {
    // The day wheel of November starting on the 30th has one row; December's is redrawn after the month turns.
    render(<Form mode="date" start="2026-11-30" initial="2026-11-30" />);
    await pick(screen.getByTestId('field'), '2026-12-01');
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe('2026-12-01'));
  });

  it('a time chosen on the wheel becomes HH:mm', async () => {
    render(<Form mode="time" initial="09:00" />);
    await pick(screen.getByTestId('field'), '14:30');
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe('14:30'));
    expect(await screen.findByLabelText('开始时间：14:30')).toBe(screen.getByTestId('field'));
  });

  it('cancelling the wheel keeps the earlier choice', async () => {
    render(<Form mode="time" initial="09:00" />);
    await open(screen.getByTestId('field'));
    await expect(turnWheel({ column: 0, label: '18' })).resolves.toBe(true);
    await waitFor(() => expect(wheelLabel(0)).toBe('18'));
    act(() => {
      expect(pressPickerButton('取消')).toBe(true);
    });
    expect(screen.getByTestId('value').textContent).toBe('09:00');
  });

  it('is the shared input box (height var(--tap): 44 px, 60 px in care mode) inside the care-mode page', () => {
    setCareMode(true);
    render(<Form mode="date" />);
    expect(screen.getByTestId('field').className).toContain('field__input');
    expect(screen.getByTestId('page-root').className).toContain('care');
  });

  it('opens from the keyboard (Enter) in H5', async () => {
    render(<Form mode="time" initial="09:00" />);
    const field = screen.getByTestId('field');
    const clicks = jest.fn();
    field.addEventListener('click', clicks);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('words a value the way it is shown; nothing for a malformed one', () => {
    expect(pickerText('date', '2026-12-05')).toBe('2026年12月5日');
    expect(pickerText('time', '09:30')).toBe('09:30');
    expect(pickerText('date', '2026-12')).toBe('');
    expect(pickerText('time', '9:30')).toBe('');
  });

  it('today is the date in Qingdao, also just after midnight there (16:30 UTC the day before)', () => {
    expect(todayInShanghai(Date.parse('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(todayInShanghai(Date.parse('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
  });
});
