import { View } from '@tarojs/components';
import { weappLabel } from './aria';
import { Btn } from './Btn';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoicesProps<T extends string> {
  /** Unique on the page: the group is labelled by the element with this id. */
  id: string;
  label: string;
  options: ReadonlyArray<Choice<T>>;
  /** null: nothing chosen yet (a form the user has still to fill in). */
  value: T | null;
  onChange: (value: T) => void;
  hint?: string;
}

/**
 * One choice out of a few, as big buttons (a radio group for screen readers):
 * filters and form options in culture and eldercare share it. The issues
 * package keeps its own variant (option descriptions, one-per-line layout).
 */
export function Choices<T extends string>({ id, label, options, value, onChange, hint }: ChoicesProps<T>) {
  return (
    <View className="field">
      <View className="field__label" id={id}>
        {label}
      </View>
      <View className="choices" {...{ role: 'radiogroup', 'aria-labelledby': id }} {...weappLabel(label)}>
        {options.map((o) => (
          <Btn key={o.value} role="radio" checked={o.value === value} kind={o.value === value ? 'primary' : 'secondary'} onClick={() => onChange(o.value)}>
            {o.label}
          </Btn>
        ))}
      </View>
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}
