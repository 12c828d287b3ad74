import { Input, Textarea, View } from '@tarojs/components';
import { isWeapp } from '../../../platform/env';

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

/** A labelled one-line input; `number` brings up the digit keyboard on phones. */
export function InputField({ label, value, onChange, placeholder, hint, maxlength, testId, type = 'text' }: FieldBase & { type?: 'text' | 'number' }) {
  return (
    <View className="field">
      <View className="field__label" {...{ 'aria-hidden': 'true' }}>
        {label}
      </View>
      <Input className="field__input" type={type} value={value} placeholder={placeholder} maxlength={maxlength} onInput={(e) => onChange(e.detail.value)} {...a11y(label, testId)} />
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}

/** A labelled multi-line input for notes and reasons. */
export function AreaField({ label, value, onChange, placeholder, hint, maxlength = 200, testId }: FieldBase) {
  return (
    <View className="field">
      <View className="field__label" {...{ 'aria-hidden': 'true' }}>
        {label}
      </View>
      <Textarea className="field__input ec-area" value={value} placeholder={placeholder} maxlength={maxlength} autoHeight onInput={(e) => onChange(e.detail.value)} {...a11y(label, testId)} />
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}
