import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ElderProfile } from '../lib/types';
import { Tag } from '../../../components/StatusTag';
import { itemRole } from '../../../components/aria';

const TONES = { verified: 'ok', pending: 'quiet', rejected: 'alert' } as const;

export interface ElderCardProps {
  elder: ElderProfile;
  extra?: string;
  className?: string;
  /** Community staff deciding on the profile need the facts, not the family's next step. */
  forStaff?: boolean;
  children?: ReactNode;
}

/** What the family and staff need to see first about an elder: who, how old, whether the community has checked. */
export function ElderCard({ elder, extra, className = 'item', forStaff = false, children }: ElderCardProps) {
  const note = elder.verificationNote ? `，原因：${elder.verificationNote}` : '';
  return (
    <View className={className} data-testid={`elder-${elder.id}`} {...itemRole}>
      <View className="row">
        <View className="ec-elder__name">{elder.name}</View>
        <Tag tone={TONES[elder.verification]}>{elder.verificationLabel}</Tag>
      </View>
      <View className="muted">
        {elder.age} 岁{extra ? ` · ${extra}` : ''}
      </View>
      <View className="muted">{elder.addressText}</View>
      {elder.verification === 'pending' && !forStaff ? <View>社区核实后会发消息告诉您，核实通过就能预约。</View> : null}
      {elder.verification === 'pending' && forStaff && elder.verificationNote ? (
        <View>{elder.verificationNote}</View>
      ) : null}
      {elder.verification === 'rejected' ? (
        <View className="notice">
          {forStaff
            ? `没有通过核实${note}。`
            : `没有通过核实${note}。请点下面的“修改信息”按钮，改好后会重新交给社区核实。`}
        </View>
      ) : null}
      {children}
    </View>
  );
}
