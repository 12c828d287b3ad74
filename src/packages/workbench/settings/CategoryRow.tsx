import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { TextField } from '../../../components/TextField';
import type { StaffCategory } from '../../../issues/types';
import { itemRole } from '../../../components/aria';

export interface CategoryRowProps {
  category: StaffCategory;
  busy: boolean;
  onSave: (category: StaffCategory, resolveDays: string, isPublic: boolean) => void;
}

/** One category: its resolve limit in working days and whether other residents may read its issues. */
export function CategoryRow({ category, busy, onSave }: CategoryRowProps) {
  const [days, setDays] = useState(String(category.resolveDays));
  const [isPublic, setPublic] = useState(category.public);
  return (
    <View className="card spaced" {...itemRole} data-testid={`category-${category.code}`}>
      <View className="card__title">{category.name}</View>
      <TextField
        label={`${category.name}：办结时限（工作日）`}
        type="number"
        value={days}
        onChange={setDays}
        maxlength={2}
        hint="从居民提交时算起。改动只影响以后的新反映。"
      />
      <View className="row">
        <View {...{ 'aria-hidden': 'true' }}>对其他居民公开</View>
        <Btn
          role="switch"
          checked={isPublic}
          label={`${category.name}：对其他居民公开`}
          kind={isPublic ? 'primary' : 'secondary'}
          className="btn--small"
          onClick={() => setPublic(!isPublic)}
        >
          {isPublic ? '公开' : '不公开'}
        </Btn>
      </View>
      <Btn
        kind="secondary"
        loading={busy}
        label={`保存“${category.name}”`}
        onClick={() => onSave(category, days, isPublic)}
      >
        保存
      </Btn>
    </View>
  );
}
