import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { needsLogin } from '../../../auth/session';
import { Btn } from '../../../components/Btn';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import type { ElderServiceRow, ServiceView } from '../lib/types';
import { refusalWords } from '../lib/words';
import { BackButton } from '../ui/Nav';
import { Tag } from '../../../components/StatusTag';
import { useElderServices, useOfferedServices } from './use-elder-services';
import '../eldercare.scss';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { SHARE_PICTURES, useShare } from '../../../platform/share';
import { Heading } from '../../../components/Heading';
import { itemRole, listRole } from '../../../components/aria';

const SERVICES_PAGE = '/packages/eldercare/services/index';

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

/** Who offers a service, how, what it is and for whom: the same on both cards. */
function ServiceFacts({ service }: { service: ServiceView }) {
  return (
    <>
      <View className="muted">
        {service.partner.name} · {service.modeLabel}
      </View>
      <View className="spaced">{service.description}</View>
      <View className="muted spaced">服务对象：{service.eligibilityText}</View>
    </>
  );
}

function ServiceCard({ row, elderId }: { row: ElderServiceRow; elderId: string }) {
  const { service, refusal } = row;
  return (
    <View className="card" data-testid={`service-${service.id}`} {...itemRole}>
      <View className="row">
        <Heading level={2} className="card__title">
          {service.name}
        </Heading>
        {row.bookable ? <Tag tone="ok">可预约</Tag> : <Tag tone="quiet">{refusalTag(refusal?.reason)}</Tag>}
      </View>
      <ServiceFacts service={service} />
      {row.bookable ? (
        <View className="ec-actions">
          <View className="lead">{quotaWords(row)}</View>
          <Btn kind="primary" onClick={() => go(PATHS.book(elderId, service.id))} testId={`choose-${service.id}`}>
            预约{service.name}
          </Btn>
        </View>
      ) : (
        <View className="notice spaced">
          {refusalWords(
            refusal?.reason,
            refusal?.details as Record<string, unknown> | undefined,
            refusal?.message ?? '',
          )}
        </View>
      )}
    </View>
  );
}

/** What everyone may see (a shared link, signed in or not): the services on offer and who they are for. */
function OfferedCard({ service }: { service: ServiceView }) {
  return (
    <View className="card" data-testid={`service-${service.id}`} {...itemRole}>
      <Heading level={2} className="card__title">
        {service.name}
      </Heading>
      <ServiceFacts service={service} />
    </View>
  );
}

/** Shared as the list of services, never with the sender's elder in the link. */
const SHARED = { page: SERVICES_PAGE, imageUrl: SHARE_PICTURES.eldercare };

function shareTitle(names: string[]): string {
  return names.length > 0 ? `湖岛街道为老服务：${names.slice(0, 3).join('、')}` : '湖岛街道为老服务';
}

/** The services page without an elder: what a shared link opens. Booking starts from 为老服务 with an elder registered. */
function OfferedServices() {
  const { data, loading, error, reload } = useOfferedServices();
  usePullRefresh({ reload, loading });
  useShare(data ? { ...SHARED, title: shareTitle(data.map((s) => s.name)) } : null, {
    ...SHARED,
    title: shareTitle([]),
  });
  const signedOut = needsLogin();

  return (
    <Page title="为老服务项目" requireLogin={false}>
      <View className="lead">湖岛街道和红色合伙人为老人提供的免费服务。家里有老人的，登记后就能在手机上预约。</View>
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data && data.length === 0 ? <View className="card">现在没有开放的服务，请过几天再来看看。</View> : null}
        <View {...listRole}>
          {(data ?? []).map((service) => (
            <OfferedCard key={service.id} service={service} />
          ))}
        </View>
      </StatusView>
      {signedOut ? (
        <LoginPrompt action="为家里老人预约" back={SERVICES_PAGE} />
      ) : (
        <Btn kind="primary" onClick={() => go(PATHS.home)} testId="services-start">
          为家里老人预约
        </Btn>
      )}
    </Page>
  );
}

function ForElder({ elderId }: { elderId: string }) {
  const { data, loading, error, reload } = useElderServices(elderId);
  usePullRefresh({ reload, loading });
  useShare(data ? { ...SHARED, title: shareTitle(data.services.map((row) => row.service.name)) } : null, {
    ...SHARED,
    title: shareTitle([]),
  });

  return (
    <Page title="选择服务">
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data ? (
          <View>
            <View className="lead" data-testid="services-for">
              为{data.elder.name}（{data.elder.age} 岁）预约。不能预约的服务，下面写了原因。
            </View>
            {data.services.length === 0 ? <View className="card">现在没有开放的服务，请过几天再来看看。</View> : null}
            <View {...listRole}>
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

/** 选择服务 for one elder (from 为老服务), or, opened without an elder (a shared link), the services on offer. */
export default function ElderServices() {
  const { params } = useRouter();
  const elderId = params.elderId ?? '';
  return elderId ? <ForElder elderId={elderId} /> : <OfferedServices />;
}
