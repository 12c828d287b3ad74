import { Input, Textarea, View } from '@tarojs/components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
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
 * aria-label would be a prohibited attribute, while WeChat reads ariaLabel
 * (and role, written as aria-role by config/weapp-aria).
 */
function a11y(label: string, testId?: string) {
  const nativeProps: Record<string, unknown> = { 'aria-label': label };
  if (testId) nativeProps['data-testid'] = testId;
  return isWeapp() ? { ariaLabel: label, role: 'textbox', nativeProps } : { ariaLabel: undefined, nativeProps };
}

/**
 * The value to hand to Taro's input. In H5 the input is a Stencil custom
 * element: it starts watching `value` a microtask after it is connected but
 * draws its inner <input> only after its ancestors have drawn, and a value
 * changed in between crashes its watcher (`inputRef.value` of undefined) —
 * edit forms fill their fields right after mounting. So until the inner
 * control exists the first value is kept, and the latest one is handed over
 * once it does. WeChat's native input has no such gap.
 */
function useDrawnValue(value: string) {
  const host = useRef<HTMLElement | null>(null);
  const first = useRef(value);
  const [drawn, setDrawn] = useState(isWeapp);
  useEffect(() => {
    if (drawn) return undefined;
    let frame = 0;
    const check = () => {
      const el = host.current;
      if (!el || typeof el.querySelector !== 'function' || el.querySelector('input, textarea')) setDrawn(true);
      else frame = requestAnimationFrame(check);
    };
    check();
    return () => cancelAnimationFrame(frame);
  }, [drawn]);
  return { ref: host, value: drawn ? value : first.current };
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
export function TextField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  maxlength,
  onConfirm,
  testId,
  type,
  inputClass,
}: TextFieldProps) {
  const shown = useDrawnValue(value);
  return (
    <View className="field">
      <FieldLabel text={label} />
      <Input
        className={inputClassName(inputClass)}
        ref={shown.ref}
        type={type}
        value={shown.value}
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
export function AreaField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  maxlength = 200,
  testId,
  inputClass,
  children,
}: AreaFieldProps) {
  const shown = useDrawnValue(value);
  return (
    <View className="field">
      <FieldLabel text={label} />
      <Textarea
        ref={shown.ref}
        className={inputClassName(inputClass ? `field__area ${inputClass}` : 'field__area')}
        value={shown.value}
        placeholder={placeholder}
        maxlength={maxlength}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
        {...a11y(label, testId)}
      />
      {hint ? <View className="field__hint">{hint}</View> : null}
      {children}
    </View>
  );
}
