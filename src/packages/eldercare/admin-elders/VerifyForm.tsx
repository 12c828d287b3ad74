import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import type { Difficulty, ElderProfile } from '../lib/types';
import { DIFFICULTY_OPTIONS } from '../lib/words';
import { Choices } from '../../../components/Choices';
import { ConfirmStep } from '../../../components/ConfirmStep';

export interface VerifyFormProps {
  elder: ElderProfile;
  busy: string | null;
  onVerify: (elder: ElderProfile, difficulty: Difficulty) => Promise<boolean>;
  onReject: (elder: ElderProfile, reason: string) => Promise<boolean>;
}

/** Only what the community records here counts for eligibility: the status claimed is a starting point. */
export function VerifyForm({ elder, busy, onVerify, onReject }: VerifyFormProps) {
  const [difficulty, setDifficulty] = useState<Difficulty>(elder.difficultyClaimed);
  return (
    <View className="ec-actions">
      {elder.verification !== 'verified' ? (
        <View>
          <Choices
            id={`difficulty-${elder.id}`}
            label="核实后的困难身份"
            options={DIFFICULTY_OPTIONS}
            value={difficulty}
            onChange={setDifficulty}
            hint="按看到的证明选择；没有证明就选“无”。"
          />
          <Btn
            kind="primary"
            loading={busy === `verify-${elder.id}`}
            onClick={() => void onVerify(elder, difficulty)}
            label={`${elder.name}核实通过`}
            testId={`verify-${elder.id}`}
          >
            核实通过
          </Btn>
        </View>
      ) : null}
      {elder.verification !== 'rejected' ? (
        <ConfirmStep
          trigger={`${elder.name}不通过`}
          question="家属会收到通知和您写的原因，改好后可以重新提交。"
          confirm="确认不通过"
          keep="返回"
          reason={{ label: '不通过的原因', placeholder: '例如：出生日期与户籍信息不符', required: true }}
          busy={busy === `reject-${elder.id}`}
          onConfirm={(reason) => onReject(elder, reason)}
          testId={`reject-${elder.id}`}
        />
      ) : null}
    </View>
  );
}
