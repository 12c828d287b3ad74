import { Picker, View } from '@tarojs/components';
import { isWeapp } from '../platform/env';

export interface PickerFieldProps {
  label: string;
  /** date: YYYY-MM-DD; time: HH:mm (24 hours). */
  mode: 'date' | 'time';
  /** '' while nothing is chosen yet. */
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest choice, in the same format as value. */
  start?: string;
  end?: string;
  /** Where the wheels stand when nothing is chosen yet (e.g. 1945-01-01 for a birth date); today / 09:00 otherwise. */
  initial?: string;
  hint?: string;
  testId?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** What the field shows: 2026年12月5日 / 09:30; '' for an empty or malformed value. */
export function pickerText(mode: 'date' | 'time', value: string): string {
  if (mode === 'date') {
    const m = DATE.exec(value);
    return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
  }
  return TIME.test(value) ? value : '';
}

/** Today's date in Qingdao (UTC+8, no daylight saving) as YYYY-MM-DD, whatever the phone's zone: a picker's usual `start`. */
export function todayInShanghai(now: number = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The picker's own default when nothing is chosen: a valid value keeps Taro's H5 picker from warning. */
function wheelStart(mode: 'date' | 'time', value: string, initial?: string): string {
  const valid = mode === 'date' ? DATE : TIME;
  if (valid.test(value)) return value;
  if (initial && valid.test(initial)) return initial;
  if (mode === 'time') return '09:00';
  return todayInShanghai();
}

/**
 * A date or time chosen with the platform's own wheel (WeChat's native picker;
 * Taro's picker in H5) instead of typed text. The tap target is a big
 * field-sized box that says what is chosen and is one button for screen readers,
 * named by the label and the current choice.
 */
export function PickerField({ label, mode, value, onChange, start, end, initial, hint, testId }: PickerFieldProps) {
  const shown = pickerText(mode, value);
  const prompt = mode === 'date' ? '请选择日期' : '请选择时间';
  // The visible words are part of the name (WCAG 2.5.3), so speech users can say what they see.
  const name = `${label}：${shown || prompt}`;
  const a11y: Record<string, unknown> = { role: 'button', tabindex: 0, 'aria-label': name };
  if (testId) a11y['data-testid'] = testId;
  if (!isWeapp()) {
    // In H5 the picker opens on a click of its box; Enter and Space open it from the keyboard too.
    a11y.onKeyDown = (e: { key?: string; currentTarget?: { click?: () => void }; preventDefault?: () => void }) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault?.();
        e.currentTarget?.click?.();
      }
    };
  }
  const common = {
    value: wheelStart(mode, value, initial),
    start,
    end,
    onChange: (e: { detail: { value: string | number | number[] } }) => onChange(String(e.detail.value)),
  };
  const box = (
    <View
      className={`field__input picker-field${shown ? '' : ' picker-field--empty'}`}
      ariaLabel={isWeapp() ? name : undefined}
      {...a11y}
    >
      <View className="picker-field__text">{shown || prompt}</View>
      <View className="picker-field__caret" {...{ 'aria-hidden': 'true' }}>
        ▾
      </View>
    </View>
  );
  return (
    <View className="field">
      <View className="field__label" {...{ 'aria-hidden': 'true' }}>
        {label}
      </View>
      {mode === 'date' ? (
        <Picker mode="date" {...common}>
          {box}
        </Picker>
      ) : (
        <Picker mode="time" {...common}>
          {box}
        </Picker>
      )}
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}
