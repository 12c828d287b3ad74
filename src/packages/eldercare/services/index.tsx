import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import type { ElderServiceRow } from '../lib/types';
import { refusalWords } from '../lib/words';
import { BackButton } from '../ui/Nav';
import { heading2, list, listitem } from '../ui/Notice';
import { Tag } from '../ui/StatusTag';
import { useElderServices } from './use-elder-services';
import '../eldercare.scss';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';

function quotaWords(row: ElderServiceRow): string {
  if (row.remainingThisYear === null) return '不限次数';
  return `今年还能约 ${row.remainingThisYear} 次`;
}

/** The short word beside the service name; the sentence below it says why and what to do. */
function refusalTag(reason: string | undefined): string {
  if (reason === 'QUOTA_USED') return '今年次数已用完';
  if (reason === 'PROFILE_PENDING') return '待社区核实';
  if (reason === 'TOO_YOUNG' || reason === 'NOT_IN_DIFFICULTY' || reason === 'PROFILE_REJECTED') return '不符合条件';
  return '暂不能预约';
}

function ServiceCard({ row, elderId }: { row: ElderServiceRow; elderId: string }) {
  const { service, refusal } = row;
  return (
    <View className="card" data-testid={`service-${service.id}`} {...listitem}>
      <View className="row">
        <View className="card__title" {...heading2}>
          {service.name}
        </View>
        {row.bookable ? <Tag tone="ok">可预约</Tag> : <Tag tone="quiet">{refusalTag(refusal?.reason)}</Tag>}
      </View>
      <View className="muted">
        {service.partner.name} · {service.modeLabel}
      </View>
      <View className="spaced">{service.description}</View>
      <View className="muted spaced">服务对象：{service.eligibilityText}</View>
      {row.bookable ? (
        <View className="ec-actions">
          <View className="lead">{quotaWords(row)}</View>
          <Btn kind="primary" onClick={() => go(PATHS.book(elderId, service.id))} testId={`choose-${service.id}`}>
            预约{service.name}
          </Btn>
        </View>
      ) : (
        <View className="notice spaced">{refusalWords(refusal?.reason, refusal?.details as Record<string, unknown> | undefined, refusal?.message ?? '')}</View>
      )}
    </View>
  );
}

export default function ElderServices() {
  const { params } = useRouter();
  const elderId = params.elderId ?? '';
  const { data, loading, error, reload } = useElderServices(elderId);
  usePullRefresh({ reload, loading });

  return (
    <Page title="选择服务">
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data ? (
          <View>
            <View className="lead" data-testid="services-for">
              为{data.elder.name}（{data.elder.age} 岁）预约。不能预约的服务，下面写了原因。
            </View>
            {data.services.length === 0 ? <View className="card">现在没有开放的服务，请过几天再来看看。</View> : null}
            <View {...list}>
              {data.services.map((row) => (
                <ServiceCard key={row.service.id} row={row} elderId={elderId} />
              ))}
            </View>
          </View>
        ) : null}
      </StatusView>
      <BackButton fallback={PATHS.home} />
    </Page>
  );
}
