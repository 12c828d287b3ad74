import { View } from '@tarojs/components';
import { weappLabel } from './aria';
import { Btn } from './Btn';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A second line under the label (a category's description). */
  hint?: string;
}

export interface ChoicesProps<T extends string> {
  /** Unique on the page: the group is labelled by the visible label with this id. Without it the group carries the label itself. */
  id?: string;
  label: string;
  options: ReadonlyArray<Choice<T>>;
  /** null: nothing chosen yet (a form the user has still to fill in). */
  value: T | null;
  onChange: (value: T) => void;
  hint?: string;
  /** wide: one choice per line (long labels, descriptions); otherwise two or more per line. */
  wide?: boolean;
  testId?: string;
}

/**
 * One choice out of a few, as big buttons (a radio group for screen readers):
 * every option is visible and a tap chooses it; a picker wheel is hard for
 * older hands and for screen readers. Filters and form options in every job share it.
 */
export function Choices<T extends string>({
  id,
  label,
  options,
  value,
  onChange,
  hint,
  wide,
  testId,
}: ChoicesProps<T>) {
  const group: Record<string, unknown> = {
    role: 'radiogroup',
    ...(id ? { 'aria-labelledby': id } : { 'aria-label': label }),
    ...weappLabel(label),
  };
  if (testId) group['data-testid'] = testId;
  return (
    <View className="field">
      {id ? (
        <View className="field__label" id={id}>
          {label}
        </View>
      ) : (
        <View className="field__label" {...{ 'aria-hidden': 'true' }}>
          {label}
        </View>
      )}
      <View className={wide ? 'choices choices--wide' : 'choices'} {...group}>
        {options.map((o) => (
          <Btn
            key={o.value}
            role="radio"
            checked={o.value === value}
            kind={o.value === value ? 'primary' : 'secondary'}
            onClick={() => onChange(o.value)}
          >
            {o.hint ? (
              <>
                <View>{o.label}</View>
                <View className="choice__hint">{o.hint}</View>
              </>
            ) : (
              o.label
            )}
          </Btn>
        ))}
      </View>
      {hint ? <View className="field__hint">{hint}</View> : null}
    </View>
  );
}
