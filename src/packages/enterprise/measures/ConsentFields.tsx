import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { AreaField, TextField } from '../../../components/TextField';
import type { InterestDraft } from '../job/use-job';

/**
 * The consent tick and, only once ticked, the contact fields: a resident's
 * name and phone reach the enterprise only with this explicit consent.
 */
export function ConsentFields({
  enterpriseName,
  draft,
  onChange,
}: {
  enterpriseName: string;
  draft: InterestDraft;
  onChange: (next: InterestDraft) => void;
}) {
  const set =
    <K extends keyof InterestDraft>(key: K) =>
    (value: InterestDraft[K]) =>
      onChange({ ...draft, [key]: value });
  return (
    <View className="stack">
      <Btn
        role="switch"
        checked={draft.shareContact}
        kind={draft.shareContact ? 'primary' : 'secondary'}
        testId="share-contact"
        onClick={() => set('shareContact')(!draft.shareContact)}
      >
        {draft.shareContact ? '✓ ' : ''}我同意把称呼和电话提供给{enterpriseName}
      </Btn>
      <View className="field__hint">不同意也可以报名，企业只会知道有人感兴趣，不知道是谁。您随时可以撤回。</View>
      {draft.shareContact ? (
        <View className="stack">
          <TextField
            label="称呼"
            value={draft.name}
            onChange={set('name')}
            placeholder="例如 王先生"
            maxlength={20}
            testId="interest-name"
          />
          <TextField
            label="手机号"
            type="number"
            value={draft.phone}
            onChange={set('phone')}
            placeholder="企业用它联系您"
            maxlength={11}
            testId="interest-phone"
          />
          <AreaField
            label="想对企业说的（选填）"
            value={draft.note}
            onChange={set('note')}
            placeholder="例如：做过 3 年车工，下月可以上班"
            maxlength={200}
            testId="interest-note"
          />
        </View>
      ) : null}
    </View>
  );
}
