import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { STAR_WORDS } from '../lib/words';
import { AreaField } from '../../../components/TextField';
import { Heading } from '../../../components/Heading';
import { Notice } from '../../../components/Notice';

/** Stars as five big labelled buttons (not tiny icons), and an optional comment. */
export function RatingForm({
  busy,
  onRate,
}: {
  busy: boolean;
  onRate: (stars: number, comment: string) => Promise<boolean>;
}) {
  const [stars, setStars] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (stars === null) {
      setProblem('请先选择满意程度。');
      return;
    }
    setProblem(null);
    await onRate(stars, comment);
  };

  return (
    <View className="card" data-testid="rating-form">
      <Heading level={2} className="card__title" id="rating-label">
        评价这次服务
      </Heading>
      <View {...{ role: 'radiogroup', 'aria-labelledby': 'rating-label' }}>
        {[5, 4, 3, 2, 1].map((n) => (
          <Btn
            key={n}
            role="radio"
            checked={stars === n}
            kind={stars === n ? 'primary' : 'secondary'}
            className="spaced"
            onClick={() => setStars(n)}
          >
            {`${n} 星 ${STAR_WORDS[n]}`}
          </Btn>
        ))}
      </View>
      <View className="spaced">
        <AreaField
          inputClass="ec-area"
          label="想说的话（可不填）"
          value={comment}
          onChange={setComment}
          placeholder="例如：师傅很耐心"
          testId="rating-comment"
        />
      </View>
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <Btn kind="primary" loading={busy} onClick={() => void submit()}>
        提交评价
      </Btn>
    </View>
  );
}
