import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Heading } from '../../../components/Heading';

export const heading2 = { role: 'heading', 'aria-level': 2 };

/** A card with a level-2 heading: the unit every culture page is built from. */
export function Section({ title, children, className, testId }: { title?: string; children: ReactNode; className?: string; testId?: string }) {
  return (
    <View className={['card', className].filter(Boolean).join(' ')} data-testid={testId}>
      {title ? (
        <Heading level={2} className="card__title">
          {title}
        </Heading>
      ) : null}
      {children}
    </View>
  );
}

/** role="list" / "listitem" are not Taro props; spread them so H5 and WeChat both get them. */
export const listRole = { role: 'list' };
export const itemRole = { role: 'listitem' };
