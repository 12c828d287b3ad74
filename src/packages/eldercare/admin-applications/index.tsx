import { View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { dateTime } from '../lib/dates';
import { PATHS } from '../lib/paths';
import { Choices } from '../../../components/Choices';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { Facts } from '../../../components/Facts';
import { BackButton } from '../ui/Nav';
import { Tag } from '../../../components/StatusTag';
import { useApplications, type ApplicationFilter } from './use-applications';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Heading } from '../../../components/Heading';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

const FILTERS: Array<{ value: ApplicationFilter; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'approved', label: '已批准' },
  { value: 'rejected', label: '未批准' },
];

/** District admins decide who joins as a 红色合伙人. */
function AdminApplicationsScreen() {
  const { filter, setFilter, applications, decide, busy, outcome } = useApplications();
  usePullRefresh(applications);

  return (
    <Page title="红色合伙人申请">
      <Choices id="application-filter" label="要看的申请" options={FILTERS} value={filter} onChange={setFilter} />
      <OutcomeNotice outcome={outcome} testId="applications-outcome" />
      <StatusView loading={applications.loading} error={applications.error} onRetry={applications.reload}>
        {applications.data && applications.data.length === 0 ? (
          <View className="card">没有{FILTERS.find((f) => f.value === filter)?.label}的申请。</View>
        ) : null}
        <View {...listRole}>
          {(applications.data ?? []).map((a) => (
            <View key={a.id} className="card" {...itemRole} data-testid={`application-${a.id}`}>
              <View className="row">
                <Heading level={2} className="card__title">
                  {a.name}
                </Heading>
                <Tag tone={a.status === 'approved' ? 'ok' : a.status === 'pending' ? 'quiet' : 'alert'}>
                  {a.statusLabel}
                </Tag>
              </View>
              <Facts
                rows={[
                  ['单位类型', a.kind],
                  ['能提供', a.description],
                  ['联系人', a.contactName],
                  ['电话', a.contactPhone],
                  ['申请时间', dateTime(a.createdAt)],
                  ['审核意见', a.decisionReason],
                ]}
              />
              {a.status === 'pending' ? (
                <View className="ec-actions">
                  <ConfirmStep
                    trigger={`批准${a.name}`}
                    triggerKind="primary"
                    question={`批准后，${a.name}成为湖岛街道红色合伙人，申请人可以在工作台处理预约。服务项目请另行配置。`}
                    confirm="确认批准"
                    keep="返回"
                    busy={busy === `decide-${a.id}`}
                    onConfirm={() => decide(a, true, '')}
                  />
                  <ConfirmStep
                    trigger={`不批准${a.name}`}
                    question="申请人会收到通知和您写的原因。"
                    confirm="确认不批准"
                    keep="返回"
                    reason={{ label: '不批准的原因', required: true }}
                    busy={busy === `decide-${a.id}`}
                    onConfirm={(reason) => decide(a, false, reason)}
                  />
                </View>
              ) : null}
            </View>
          ))}
        </View>
      </StatusView>
      <BackButton fallback={PATHS.admin} />
    </Page>
  );
}

export default function AdminApplications() {
  return (
    <StaffOnly roles={STAFF_PAGES.district}>
      <AdminApplicationsScreen />
    </StaffOnly>
  );
}
