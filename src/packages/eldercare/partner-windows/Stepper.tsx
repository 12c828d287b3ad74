import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';

/** − value + with big buttons; the value is announced when it changes. */
export function Stepper({
  value,
  min,
  max,
  onChange,
  name,
}: {
  value: number;
  min: number;
  max: number;
  onChange: (next: number) => void;
  name: string;
}) {
  return (
    <View className="ec-step">
      <Btn
        kind="secondary"
        label={`减少${name}`}
        disabled={value <= min}
        onClick={() => onChange(Math.max(min, value - 1))}
      >
        −
      </Btn>
      <View className="ec-step__value" {...{ 'aria-live': 'polite' }}>
        {value}
      </View>
      <Btn
        kind="secondary"
        label={`增加${name}`}
        disabled={value >= max}
        onClick={() => onChange(Math.min(max, value + 1))}
      >
        +
      </Btn>
    </View>
  );
}
