import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import type { Satisfaction } from '../../../issues/types';
import { Choices } from '../../../components/Choices';
import { AreaField } from '../../../components/TextField';
import { Notice } from '../../../components/Notice';
import type { RatingInput } from './use-issue';

const LEVELS: Array<{ value: Satisfaction; label: string }> = [
  { value: 'satisfied', label: '满意' },
  { value: 'basic', label: '基本满意' },
  { value: 'dissatisfied', label: '不满意' },
];

/** 回访: how satisfied, 1-5 stars, a few words. 不满意 sends it back to be handled again. */
export function RatingForm({ busy, onSubmit }: { busy: boolean; onSubmit: (input: RatingInput) => Promise<boolean> }) {
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null);
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (value: Satisfaction) => {
    setSatisfaction(value);
    // A sensible starting point the resident can change: 满意 5, 基本满意 4, 不满意 2.
    if (stars === 0) setStars(value === 'satisfied' ? 5 : value === 'basic' ? 4 : 2);
  };

  const submit = async () => {
    if (!satisfaction) {
      setProblem('请选择满意、基本满意或不满意。');
      return;
    }
    if (stars < 1) {
      setProblem('请点星星打分，1 到 5 星。');
      return;
    }
    setProblem(null);
    await onSubmit({ satisfaction, stars, comment });
  };

  return (
    <View className="stack" data-testid="rating-form">
      <Choices label="您对办理结果满意吗" options={LEVELS} value={satisfaction} onChange={choose} />
      <View className="field__label" {...{ 'aria-hidden': 'true' }}>
        打分：{stars > 0 ? `${stars} 星` : '请点星星'}
      </View>
      <View className="iss-stars" {...{ role: 'radiogroup', 'aria-label': '打分' }}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Btn
            key={n}
            role="radio"
            checked={stars === n}
            label={`${n} 星`}
            kind={n <= stars ? 'primary' : 'secondary'}
            onClick={() => setStars(n)}
          >
            {n <= stars ? '★' : '☆'}
          </Btn>
        ))}
      </View>
      {satisfaction === 'dissatisfied' ? (
        <Notice kind="info">选“不满意”后，问题会发回重新办理，社区会督促。请在下面写一写哪里还没解决。</Notice>
      ) : null}
      <AreaField
        inputClass="iss-area"
        label="想说的话（可不填）"
        value={comment}
        onChange={setComment}
        placeholder="例如：清理得很干净，谢谢"
        maxlength={500}
        testId="rating-comment"
      />
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <Btn kind="primary" loading={busy} onClick={() => void submit()}>
        提交评价
      </Btn>
    </View>
  );
}
