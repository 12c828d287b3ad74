import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Heading } from './Heading';

export interface StatusCardProps {
  /** What the case is (the service, the category), as the card's heading. */
  title: string;
  /** Beside the title: the state tag, or the ticket number. */
  aside?: ReactNode;
  /** Where it stands, in one plain sentence. */
  lead?: ReactNode;
  testId?: string;
  children?: ReactNode;
}

/** The first card of a case's page (a booking, an issue): what it is, where it stands, then its facts. */
export function StatusCard({ title, aside, lead, testId, children }: StatusCardProps) {
  return (
    <View className="card" data-testid={testId}>
      <View className="status-card__head">
        <Heading level={2} className="card__title status-card__title">
          {title}
        </Heading>
        {aside}
      </View>
      {lead ? <View className="lead">{lead}</View> : null}
      {children}
    </View>
  );
}
