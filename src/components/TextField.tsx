import { Input, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { isWeapp } from '../platform/env';

interface FieldBase {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  maxlength?: number;
  testId?: string;
  /** Extra class on the input after `field__input`, for a package's own sizing (e.g. `iss-area`, `ec-area`). */
  inputClass?: string;
}

export interface TextFieldProps extends FieldBase {
  /** `number` and `digit` bring up the digit keyboard on phones; left out, Taro's default (text) applies. */
  type?: 'text' | 'number' | 'digit';
  onConfirm?: () => void;
}

export interface AreaFieldProps extends FieldBase {
  /** Extra lines under the hint, inside the field (e.g. a character counter). */
  children?: ReactNode;
}

/**
 * Accessible name. In H5 Taro renders the real <input>/<textarea> inside a
 * custom element, so the name goes through nativeProps; on that host element
 * aria-label would be a prohibited attribute, while WeChat reads ariaLabel.
 */
function a11y(label: string, testId?: string) {
  const nativeProps: Record<string, unknown> = { 'aria-label': label };
  if (testId) nativeProps['data-testid'] = testId;
  return { ariaLabel: isWeapp() ? label : undefined, nativeProps };
}

function inputClassName(extra?: string) {
  return extra ? `field__input ${extra}` : 'field__input';
}

/** The visible label; hidden from screen readers, which get the name from the input itself. */
function FieldLabel({ text }: { text: string }) {
  return (
    <View className="field__label" {...{ 'aria-hidden': 'true' }}>
      {text}
    </View>
  );
}

/** A visible label above a one-line input. */
export function TextField({ label, value, onChange, placeholder, hint, maxlength, onConfirm, testId, type, inputClass }: TextFieldProps) {
  return (
    <View className="field">
      <FieldLabel text={label} />
      <Input
        className={inputClassName(inputClass)}
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onConfirm}
        {...a11y(label, testId)}
      />
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}

/** A visible label above a multi-line input for notes and reasons; 200 characters unless told otherwise. */
export function AreaField({ label, value, onChange, placeholder, hint, maxlength = 200, testId, inputClass, children }: AreaFieldProps) {
  return (
    <View className="field">
      <FieldLabel text={label} />
      <Textarea className={inputClassName(inputClass ? `field__area ${inputClass}` : 'field__area')} value={value} placeholder={placeholder} maxlength={maxlength} autoHeight onInput={(e) => onChange(e.detail.value)} {...a11y(label, testId)} />
      {hint ? <View className="field__hint">{hint}</View> : null}
      {children}
    </View>
  );
}
