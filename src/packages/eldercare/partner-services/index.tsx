import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { BackButton } from '../ui/Nav';
import { Tag } from '../../../components/StatusTag';
import { usePartnerServices } from './use-partner-services';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Heading } from '../../../components/Heading';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

/** The partner's services: open or paused, and the way to their windows. */
function PartnerServicesScreen() {
  const { services, busy, outcome, setStatus } = usePartnerServices();
  usePullRefresh(services);

  return (
    <Page title="服务和时段设置">
      <OutcomeNotice outcome={outcome} testId="services-outcome" />
      <StatusView loading={services.loading && !services.data} error={services.error} onRetry={services.reload}>
        {services.data && services.data.length === 0 ? (
          <View className="card">您的单位还没有服务项目，请联系街道工作人员添加。</View>
        ) : null}
        <View {...listRole}>
          {(services.data ?? []).map((s) => (
            <View key={s.id} className="card" {...itemRole} data-testid={`partner-service-${s.id}`}>
              <View className="row">
                <Heading level={2} className="card__title">
                  {s.name}
                </Heading>
                <Tag tone={s.status === 'active' ? 'ok' : 'alert'}>
                  {s.status === 'active' ? '开放预约' : '暂停预约'}
                </Tag>
              </View>
              <View className="muted">
                {s.partner.name} · {s.modeLabel}
              </View>
              <View className="spaced">服务对象：{s.eligibilityText}</View>
              <View className="ec-actions">
                <Btn kind="primary" onClick={() => go(PATHS.partnerWindows(s.id))}>
                  管理{s.name}的时段和名额
                </Btn>
                {s.status === 'active' ? (
                  <ConfirmStep
                    trigger={`暂停${s.name}的预约`}
                    question="暂停后，家属不能再预约这项服务；已经约好的照常处理。以后可以随时恢复。"
                    confirm="确认暂停"
                    keep="不暂停了"
                    busy={busy === `status-${s.id}`}
                    onConfirm={() => setStatus(s, 'paused')}
                  />
                ) : (
                  <Btn kind="secondary" loading={busy === `status-${s.id}`} onClick={() => void setStatus(s, 'active')}>
                    恢复{s.name}的预约
                  </Btn>
                )}
              </View>
            </View>
          ))}
        </View>
      </StatusView>
      <BackButton fallback={PATHS.partner} />
    </Page>
  );
}

export default function PartnerServices() {
  return (
    <StaffOnly roles={STAFF_PAGES.partnerOrDistrict}>
      <PartnerServicesScreen />
    </StaffOnly>
  );
}
