import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Heading } from './Heading';

export interface CardProps {
  /** Shown as the card's heading (level 2 unless said otherwise); no title, no heading. */
  title?: ReactNode;
  level?: 2 | 3;
  children?: ReactNode;
  /** Extra classes beside `card` (e.g. `spaced`). */
  className?: string;
  testId?: string;
}

/** A white card with a heading: the unit pages are built from, in every job. */
export function Card({ title, level = 2, children, className, testId }: CardProps) {
  return (
    <View className={className ? `card ${className}` : 'card'} data-testid={testId}>
      {title ? (
        <Heading level={level} className="card__title">
          {title}
        </Heading>
      ) : null}
      {children}
    </View>
  );
}
