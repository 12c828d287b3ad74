import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import type { Relation } from '../lib/types';
import { RELATION_OPTIONS } from '../lib/words';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { BackButton } from '../ui/Nav';
import { LinkCodeCard } from './LinkCode';
import { useGuardians } from './use-guardians';
import '../eldercare.scss';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';
import { Notice, OutcomeNotice } from '../../../components/Notice';

/** Relations another person can have to the elder (本人 is the elder, added through 登记老人). */
type OtherRelation = Exclude<Relation, '本人'>;
const OTHER_RELATIONS = RELATION_OPTIONS.filter(
  (o): o is { value: OtherRelation; label: string } => o.value !== '本人',
);

/** 家属: who looks after this elder and may book for them; invite one with a link code, or remove one. */
export default function Guardians() {
  const { params } = useRouter();
  const elderId = params.elderId ?? '';
  const { elder, guardians, invite, link, remove, busy, outcome, left } = useGuardians(elderId);
  usePullRefresh(guardians);
  const [relation, setRelation] = useState<OtherRelation>('子女');
  const name = elder.data?.name ?? '老人';

  if (left) {
    return (
      <Page title={`${name}的家属`}>
        <Notice kind="ok" testId="guardians-outcome">
          {outcome?.text ?? '您已不再是这位老人的家属。'}
        </Notice>
        <Btn kind="primary" onClick={() => replace(PATHS.home)}>
          返回为老服务
        </Btn>
      </Page>
    );
  }

  return (
    <Page title={`${name}的家属`}>
      <View className="muted lead">家属都可以为老人预约服务、取消预约，也会收到预约的消息。</View>
      <OutcomeNotice outcome={outcome} testId="guardians-outcome" />

      <Card title="现在的家属">
        <StatusView loading={guardians.loading && !guardians.data} error={guardians.error} onRetry={guardians.reload}>
          {guardians.data && guardians.data.length === 0 ? <View className="lead">还没有家属。</View> : null}
          <View {...listRole}>
            {(guardians.data ?? []).map((g) => (
              <View key={g.openid} className="item" {...itemRole} data-testid={`guardian-${g.openid}`}>
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
      </Card>

      <Card title="添加家属" className="stack">
        <View className="muted lead">
          先选对方和老人的关系，再生成链接码给对方看或念给对方听。对方输入或扫码后就成为家属。
        </View>
        <Choices
          id="guardian-relation"
          label="对方和老人的关系"
          options={OTHER_RELATIONS}
          value={relation}
          onChange={setRelation}
        />
        <Btn kind="primary" loading={busy === 'invite'} onClick={() => void invite(relation)} testId="guardian-invite">
          {link ? '重新生成链接码' : '生成链接码'}
        </Btn>
      </Card>
      {link ? <LinkCodeCard link={link} elderName={name} /> : null}

      <BackButton label="返回为老服务" fallback={PATHS.home} />
    </Page>
  );
}
