import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import type { Relation } from '../lib/types';
import { RELATION_OPTIONS } from '../lib/words';
import { ConfirmStep } from '../ui/ConfirmStep';
import { BackButton } from '../ui/Nav';
import { heading2, list, listitem, Notice } from '../ui/Notice';
import { useGuardians } from './use-guardians';
import '../eldercare.scss';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';

/** Relations another person can have to the elder (本人 is the elder, added through 登记老人). */
const OTHER_RELATIONS = RELATION_OPTIONS.filter((o) => o.value !== '本人');

/** 家属: who looks after this elder and may book for them; add one by user number, or remove one. */
export default function Guardians() {
  const { params } = useRouter();
  const elderId = params.elderId ?? '';
  const { elder, guardians, add, remove, busy, outcome, left } = useGuardians(elderId);
  usePullRefresh(guardians);
  const [userNumber, setUserNumber] = useState('');
  const [relation, setRelation] = useState<Relation>('子女');
  const name = elder.data?.name ?? '老人';

  const submit = async () => {
    if (await add(userNumber, relation)) setUserNumber('');
  };

  if (left) {
    return (
      <Page title={`${name}的家属`}>
        <Notice ok text={outcome?.text ?? '您已不再是这位老人的家属。'} testId="guardians-outcome" />
        <Btn kind="primary" onClick={() => replace(PATHS.home)}>
          返回为老服务
        </Btn>
      </Page>
    );
  }

  return (
    <Page title={`${name}的家属`}>
      <View className="muted lead">家属都可以为老人预约服务、取消预约，也会收到预约的消息。</View>
      <Notice ok={outcome?.ok ?? false} text={outcome?.text ?? null} testId="guardians-outcome" />

      <View className="card">
        <View className="card__title" {...heading2}>
          现在的家属
        </View>
        <StatusView loading={guardians.loading && !guardians.data} error={guardians.error} onRetry={guardians.reload}>
          {guardians.data && guardians.data.length === 0 ? <View className="lead">还没有家属。</View> : null}
          <View {...list}>
            {(guardians.data ?? []).map((g) => (
              <View key={g.openid} className="item" {...listitem} data-testid={`guardian-${g.openid}`}>
                <View className="ec-elder__name">
                  {g.name}
                  {g.isMe ? '（您）' : ''}
                </View>
                <View className="muted">是老人的{g.relation}</View>
                <View className="ec-actions">
                  <ConfirmStep
                    trigger={g.isMe ? '我不再照看这位老人' : `移除${g.name}`}
                    question={
                      g.isMe
                        ? `移除后您就不能再为${name}预约，也收不到消息。已经约好的服务不受影响。`
                        : `移除后${g.name}就不能再为${name}预约。已经约好的服务不受影响。`
                    }
                    confirm="确认移除"
                    keep="不移除了"
                    busy={busy === `remove-${g.openid}`}
                    onConfirm={() => remove(g)}
                  />
                </View>
              </View>
            ))}
          </View>
        </StatusView>
      </View>

      <View className="card stack">
        <View className="card__title" {...heading2}>
          添加家属
        </View>
        <View className="muted lead">请对方先登录党群e家，在“我的”页面找到“我的用户编号”，复制后发给您。</View>
        <TextField label="对方的用户编号" value={userNumber} onChange={setUserNumber} maxlength={64} testId="guardian-number" />
        <Choices id="guardian-relation" label="对方和老人的关系" options={OTHER_RELATIONS} value={relation} onChange={setRelation} />
        <Btn kind="primary" loading={busy === 'add'} onClick={() => void submit()} testId="guardian-add">
          添加家属
        </Btn>
      </View>

      <BackButton label="返回为老服务" fallback={PATHS.home} />
    </Page>
  );
}
