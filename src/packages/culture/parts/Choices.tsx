import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A row of radio buttons (large, tappable) for filters and form options. */
export function Choices<T extends string>({ label, options, value, onChange, id }: { label: string; options: Choice<T>[]; value: T; onChange: (value: T) => void; id: string }) {
  return (
    <View className="field">
      <View className="field__label" id={id}>
        {label}
      </View>
      <View className="choices" {...{ role: 'radiogroup', 'aria-labelledby': id }}>
        {options.map((o) => (
          <Btn key={o.value} role="radio" checked={o.value === value} kind={o.value === value ? 'primary' : 'secondary'} onClick={() => onChange(o.value)}>
            {o.label}
          </Btn>
        ))}
      </View>
    </View>
  );
}
