import { Input, View } from '@tarojs/components';
import { isWeapp } from '../platform/env';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  maxlength?: number;
  onConfirm?: () => void;
  testId?: string;
}

/**
 * A visible label above the input. In H5 Taro renders the real <input> inside
 * a custom element, so the accessible name goes through nativeProps.
 */
export function TextField({ label, value, onChange, placeholder, hint, maxlength, onConfirm, testId }: TextFieldProps) {
  const nativeProps: Record<string, unknown> = { 'aria-label': label };
  if (testId) nativeProps['data-testid'] = testId;
  return (
    <View className="field">
      <View className="field__label" {...{ 'aria-hidden': 'true' }}>
        {label}
      </View>
      <Input
        className="field__input"
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        // On the H5 host element aria-label would be a prohibited attribute; WeChat reads this one.
        ariaLabel={isWeapp() ? label : undefined}
        nativeProps={nativeProps}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onConfirm}
      />
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}
