import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { AreaField, TextField } from '../../src/components/TextField';

/**
 * The elder form in edit mode fills its fields from the loaded profile right
 * after they mount. Taro's Stencil input starts watching `value` a microtask
 * after it is connected, but draws its inner <input> only after its ancestors
 * have drawn (a frame later): a value set in between made the watcher read
 * `inputRef.value` of undefined ("Cannot read properties of undefined
 * (reading 'value')"), on about half the loads.
 */
let fill: (value: string) => void = () => undefined;
function Field({ area }: { area: boolean }) {
  const [value, setValue] = useState('');
  fill = setValue;
  return area ? (
    <AreaField label="情况说明" value={value} onChange={setValue} />
  ) : (
    <TextField label="老人姓名" value={value} onChange={setValue} />
  );
}

describe('TextField and AreaField filled between mount and first draw (edit forms)', () => {
  it.each([false, true])('show the value without throwing (area: %s)', async (area) => {
    const errors: unknown[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args[0]));
    try {
      render(<Field area={area} />);
      // Let the custom elements become "watch ready" (a microtask), but not draw (a frame).
      await act(async () => {
        for (let i = 0; i < 5; i++) await Promise.resolve();
      });
      act(() => fill('张德顺'));
      const input = await screen.findByLabelText(area ? '情况说明' : '老人姓名');
      await waitFor(() => expect((input as HTMLInputElement).value).toBe('张德顺'));
      expect(errors.map(String).filter((e) => e.includes('TypeError') || e.includes("reading 'value'"))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
