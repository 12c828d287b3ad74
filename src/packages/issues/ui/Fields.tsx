import { Input, Textarea, View } from '@tarojs/components';
import { isWeapp } from '../../../platform/env';
import { charCount } from '../lib/format';

interface FieldBase {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  maxlength?: number;
  testId?: string;
}

/** Accessible name: WeChat reads ariaLabel; in H5 it must sit on the real <input> inside Taro's custom element. */
function a11y(label: string, testId?: string) {
  const nativeProps: Record<string, unknown> = { 'aria-label': label };
  if (testId) nativeProps['data-testid'] = testId;
  return { ariaLabel: isWeapp() ? label : undefined, nativeProps };
}

function Label({ text }: { text: string }) {
  return (
    <View className="field__label" {...{ 'aria-hidden': 'true' }}>
      {text}
    </View>
  );
}

/** A labelled one-line input; `number` and `digit` bring up the digit keyboard on phones. */
export function InputField({ label, value, onChange, placeholder, hint, maxlength, testId, type = 'text' }: FieldBase & { type?: 'text' | 'number' | 'digit' }) {
  return (
    <View className="field">
      <Label text={label} />
      <Input className="field__input iss-input" type={type} value={value} placeholder={placeholder} maxlength={maxlength} onInput={(e) => onChange(e.detail.value)} {...a11y(label, testId)} />
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}

/**
 * A labelled multi-line input. With `min`, a counter under it says how many
 * characters are written and how many are needed, so nobody is surprised at submit.
 */
export function AreaField({ label, value, onChange, placeholder, hint, maxlength = 500, testId, min }: FieldBase & { min?: number }) {
  const n = charCount(value);
  const counter = min !== undefined ? (n < min ? `已写 ${n} 字，至少写 ${min} 字` : `已写 ${n} 字，最多 ${maxlength} 字`) : null;
  return (
    <View className="field">
      <Label text={label} />
      <Textarea className="field__input iss-area" value={value} placeholder={placeholder} maxlength={maxlength} autoHeight onInput={(e) => onChange(e.detail.value)} {...a11y(label, testId)} />
      {hint ? <View className="field__hint">{hint}</View> : null}
      {counter ? (
        <View className="field__hint" data-testid={testId ? `${testId}-count` : undefined}>
          {counter}
        </View>
      ) : null}
    </View>
  );
}
