import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { addDays, parseDate } from '../lib/dates';
import { Choices } from '../../../components/Choices';
import { PickerField } from '../../../components/PickerField';
import { Stepper } from './Stepper';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';

const PERIODS = [
  { value: 'am', label: '上午 9:00–12:00' },
  { value: 'pm', label: '下午 14:00–17:00' },
] as const;

/** Opens a new half day for bookings (or sets the capacity of one that exists). */
export function AddWindowForm({
  today,
  busy,
  onAdd,
}: {
  today: string;
  busy: boolean;
  onAdd: (date: string, period: 'am' | 'pm', capacity: number) => Promise<boolean>;
}) {
  const [date, setDate] = useState(addDays(today, 1));
  const [period, setPeriod] = useState<'am' | 'pm'>('am');
  const [capacity, setCapacity] = useState(3);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const parsed = parseDate(date);
    if (!parsed) return setProblem('请先选择日期。');
    if (parsed < today) return setProblem('不能设置已经过去的日期。');
    setProblem(null);
    await onAdd(parsed, period, capacity);
  };

  return (
    <Card title="增加时段">
      <PickerField label="日期" mode="date" value={date} onChange={setDate} start={today} testId="window-date" />
      <Choices id="window-period" label="上午还是下午" options={[...PERIODS]} value={period} onChange={setPeriod} />
      <View className="field__label" id="window-capacity-label">
        名额
      </View>
      <Stepper value={capacity} min={1} max={50} onChange={setCapacity} name="新时段的名额" />
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <View className="ec-actions">
        <Btn kind="primary" loading={busy} onClick={() => void submit()}>
          增加这个时段
        </Btn>
      </View>
    </Card>
  );
}
