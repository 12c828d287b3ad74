import { View } from '@tarojs/components';
import { Btn } from '../components/Btn';
import { deadline, when } from './format';
import type { IssueItem } from './types';
import { StateTags } from './StateTags';

export interface IssueCardProps {
  item: IssueItem;
  onOpen: () => void;
  /** Staff see the deadline and priority first; residents when they reported it. */
  forStaff?: boolean;
}

/** One issue in a list: a whole card to tap, named by its ticket and category for screen readers. */
export function IssueCard({ item, onOpen, forStaff }: IssueCardProps) {
  return (
    <Btn kind="plain" className="card iss-card" onClick={onOpen} testId={`issue-${item.ticketNo}`}>
      <View className="iss-head">
        <View className="iss-card__title">{item.categoryName}</View>
        <View className="muted">{item.ticketNo}</View>
      </View>
      <StateTags
        stateLabel={item.stateLabel}
        group={item.group}
        supervised={item.supervised}
        overdue={item.overdue}
        urgent={item.priority === 'urgent'}
      />
      <View className="iss-card__text">{item.excerpt}</View>
      <View className="muted">{item.addressText || '地图位置'}</View>
      {forStaff ? (
        <View className="muted">
          {item.dueAt ? `期限：${deadline(item.dueAt)}` : `提交于 ${when(item.submittedAt)}`}
          {item.supporters > 0 ? ` · ${item.supporters} 人也遇到` : ''}
        </View>
      ) : (
        <View className="muted">
          {when(item.submittedAt)} 提交 · {item.handler}
        </View>
      )}
    </Btn>
  );
}
