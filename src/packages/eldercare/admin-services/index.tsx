import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { PATHS } from '../lib/paths';
import { Facts } from '../../../components/Facts';
import { BackButton } from '../ui/Nav';
import { Tag } from '../../../components/StatusTag';
import { ServiceForm } from './ServiceForm';
import { draftOfService, NEW_SERVICE, useAdminServices, type ServiceDraft } from './use-admin-services';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Heading } from '../../../components/Heading';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

const hours = (n: number) => (n === 0 ? '不限' : `${n} 小时`);

/** 服务项目设置 (district admins): who may book each service, how often, and the booking and cancel rules. */
function AdminServicesScreen() {
  const { services, partners, save, busy, outcome, say } = useAdminServices();
  usePullRefresh(services);
  const [editing, setEditing] = useState<ServiceDraft | null>(null);

  const open = (draft: ServiceDraft) => {
    say(null);
    setEditing(draft);
  };
  const submit = async (draft: ServiceDraft) => {
    const ok = await save(draft);
    if (ok) setEditing(null);
    return ok;
  };

  return (
    <Page title="服务项目设置">
      <OutcomeNotice outcome={outcome} testId="admin-services-outcome" />
      {editing ? (
        <ServiceForm
          key={editing.serviceId ?? 'new'}
          initial={editing}
          partners={partners}
          busy={busy}
          onSave={submit}
          onClose={() => setEditing(null)}
        />
      ) : (
        <View>
          <View className="muted lead">服务对象、每年次数和取消规则在这里设置；服务时段由各红色合伙人自己安排。</View>
          <Btn kind="primary" onClick={() => open(NEW_SERVICE)} testId="service-new">
            添加服务项目
          </Btn>
          <StatusView loading={services.loading && !services.data} error={services.error} onRetry={services.reload}>
            {services.data && services.data.length === 0 ? (
              <View className="card">还没有服务项目。请点上面的“添加服务项目”。</View>
            ) : null}
            <View {...listRole}>
              {(services.data ?? []).map((s) => (
                <View key={s.id} className="card" {...itemRole} data-testid={`admin-service-${s.id}`}>
                  <View className="row">
                    <Heading level={2} className="card__title">
                      {s.name}
                    </Heading>
                    <Tag tone={s.status === 'active' ? 'ok' : 'alert'}>
                      {s.status === 'active' ? '开放预约' : '暂停预约'}
                    </Tag>
                  </View>
                  <Facts
                    rows={[
                      ['提供单位', `${s.partner.name} · ${s.modeLabel}`],
                      ['服务对象', s.eligibilityText],
                      ['开放预约', `提前 ${s.bookAheadDays} 天`],
                      ['最晚预约', `上门前 ${hours(s.minNoticeHours)}`],
                      [
                        '在线取消',
                        s.cancelCutoffHours === 0 ? '上门前都可以取消' : `上门前 ${s.cancelCutoffHours} 小时截止`,
                      ],
                    ]}
                  />
                  <View className="ec-actions">
                    <Btn kind="secondary" onClick={() => open(draftOfService(s))} testId={`edit-service-${s.id}`}>
                      修改{s.name}的设置
                    </Btn>
                  </View>
                </View>
              ))}
            </View>
          </StatusView>
        </View>
      )}
      <BackButton label="返回为老服务管理" fallback={PATHS.admin} />
    </Page>
  );
}

export default function AdminServices() {
  return (
    <StaffOnly roles={STAFF_PAGES.district}>
      <AdminServicesScreen />
    </StaffOnly>
  );
}
