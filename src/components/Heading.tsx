import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { nodeText, weappLabel } from './aria';

export interface HeadingProps {
  level: 1 | 2 | 3;
  children: ReactNode;
  className?: string;
  id?: string;
}

/** A heading for screen readers: role and level in H5, aria-role and aria-label in WeChat. */
export function Heading({ level, children, className, id }: HeadingProps) {
  return (
    <View
      className={className}
      {...(id ? { id } : {})}
      {...{ role: 'heading', 'aria-level': level }}
      {...weappLabel(nodeText(children))}
    >
      {children}
    </View>
  );
}
