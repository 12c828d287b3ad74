import { View } from '@tarojs/components';
import { Btn } from '../../components/Btn';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { go, goHome } from '../../utils/nav';
import { PATHS } from './lib/paths';
import { ElderCard } from './ui/ElderCard';
import { JoinFamily } from './JoinFamily';
import { useHome } from './use-home';
import './eldercare.scss';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../components/aria';
import { Card } from '../../components/Card';

/** 为老服务: the family's start page. The elders they look after, and their bookings. */
export default function EldercareHome() {
  const { elders } = useHome();
  usePullRefresh(elders);
  const rows = elders.data ?? [];

  return (
    <Page title="为老服务">
      <View className="lead">红色合伙人为老人免费上门服务：</View>
      <View {...listRole} className="card">
        <View className="item" {...itemRole}>
          90 岁及以上老人：上门理发
        </View>
        <View className="item" {...itemRole}>
          70 岁及以上老人：疏通上下水、房屋维修
        </View>
        <View className="item" {...itemRole}>
          低保、特困等困难家庭：地暖打压和清洗
        </View>
      </View>

      <Btn kind="primary" onClick={() => go(PATHS.bookings)} testId="ec-my-bookings">
        我的预约
      </Btn>

      <Card title="服务对象" className="spaced">
        <View className="muted lead">先登记老人的信息，社区核实后就能为老人预约。</View>
        <StatusView loading={elders.loading && !elders.data} error={elders.error} onRetry={elders.reload}>
          {elders.data && rows.length === 0 ? (
            <View className="lead">还没有登记老人。请点下面的“登记老人”。</View>
          ) : null}
          <View {...listRole}>
            {rows.map((elder) => (
              <ElderCard
                key={elder.id}
                elder={elder}
                extra={
                  elder.relation ? `您是${elder.relation === '本人' ? '本人' : `老人的${elder.relation}`}` : undefined
                }
              >
                <View className="ec-actions">
                  {elder.verification === 'verified' ? (
                    <Btn kind="primary" onClick={() => go(PATHS.services(elder.id))} testId={`book-for-${elder.id}`}>
                      为{elder.name}预约服务
                    </Btn>
                  ) : null}
                  <Btn kind="secondary" onClick={() => go(PATHS.elderForm({ elderId: elder.id }))}>
                    修改{elder.name}的信息
                  </Btn>
                  <Btn
                    kind="secondary"
                    onClick={() => go(PATHS.guardians(elder.id))}
                    testId={`guardians-of-${elder.id}`}
                  >
                    {elder.name}的家属
                  </Btn>
                </View>
              </ElderCard>
            ))}
          </View>
        </StatusView>
        <View className="ec-actions">
          <Btn kind="secondary" onClick={() => go(PATHS.elderForm())} testId="ec-add-elder">
            登记老人
          </Btn>
        </View>
      </Card>

      <JoinFamily onJoined={elders.reload} />

      <Card title="红色合伙人">
        <View className="muted lead">物业、商户、社会组织等单位可以申请为老人免费服务。</View>
        <Btn kind="secondary" onClick={() => go(PATHS.partnerApply)} testId="ec-partner-apply">
          申请成为红色合伙人
        </Btn>
      </Card>

      <Btn kind="secondary" onClick={goHome}>
        返回首页
      </Btn>
    </Page>
  );
}
