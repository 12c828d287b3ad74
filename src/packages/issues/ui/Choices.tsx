import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A second line under the label (a category's description). */
  hint?: string;
}

export interface ChoicesProps<T extends string> {
  /** Names the group for screen readers and is shown above it. */
  label: string;
  options: ReadonlyArray<Choice<T>>;
  value: T | null;
  onChange: (value: T) => void;
  /** wide: one choice per line (long labels); otherwise two or more per line. */
  wide?: boolean;
  testId?: string;
}

/**
 * Big buttons instead of a picker: every option is visible, a tap chooses it,
 * and in H5 it is a real radio group (a picker wheel is hard for older hands and for screen readers).
 */
export function Choices<T extends string>({ label, options, value, onChange, wide, testId }: ChoicesProps<T>) {
  const group: Record<string, unknown> = { role: 'radiogroup', 'aria-label': label };
  if (testId) group['data-testid'] = testId;
  return (
    <View className="field">
      <View className="field__label" {...{ 'aria-hidden': 'true' }}>
        {label}
      </View>
      <View className={wide ? 'iss-choices iss-choices--wide' : 'choices'} {...group}>
        {options.map((o) => (
          <Btn key={o.value} role="radio" checked={o.value === value} kind={o.value === value ? 'primary' : 'secondary'} className="iss-choice" onClick={() => onChange(o.value)}>
            <View>{o.label}</View>
            {o.hint ? <View className="iss-choice__hint">{o.hint}</View> : null}
          </Btn>
        ))}
      </View>
    </View>
  );
}
