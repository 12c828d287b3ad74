import { View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { dateTime } from '../lib/dates';
import { PATHS } from '../lib/paths';
import type { Verification } from '../lib/types';
import { difficultyLabel } from '../lib/words';
import { Choices } from '../../../components/Choices';
import { ElderCard } from '../ui/ElderCard';
import { Facts } from '../../../components/Facts';
import { BackButton } from '../ui/Nav';
import { useAdminElders } from './use-admin-elders';
import { VerifyForm } from './VerifyForm';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

const FILTERS: Array<{ value: Verification; label: string }> = [
  { value: 'pending', label: '待核实' },
  { value: 'verified', label: '已核实' },
  { value: 'rejected', label: '未通过' },
];

const EMPTY: Record<Verification, string> = {
  pending: '没有等待核实的老人信息。',
  verified: '还没有核实通过的老人。',
  rejected: '没有未通过核实的老人。',
};

/** Community staff check birth date, address and difficulty status against documents, then decide. */
function AdminEldersScreen() {
  const { filter, setFilter, elders, verify, reject, busy, outcome } = useAdminElders();
  usePullRefresh(elders);

  return (
    <Page title="核实老人信息">
      <Choices id="elder-filter" label="要看的老人" options={FILTERS} value={filter} onChange={setFilter} />
      <OutcomeNotice outcome={outcome} testId="admin-elders-outcome" />
      <StatusView loading={elders.loading} error={elders.error} onRetry={elders.reload}>
        {elders.data && elders.data.length === 0 ? <View className="card">{EMPTY[filter]}</View> : null}
        <View {...listRole}>
          {(elders.data ?? []).map((elder) => (
            <ElderCard key={elder.id} elder={elder} className="card" forStaff>
              <Facts
                rows={[
                  ['出生日期', elder.birthDate],
                  ['电话', elder.phone],
                  ['申报困难', difficultyLabel(elder.difficultyClaimed)],
                  ['核实困难', elder.verification === 'verified' ? difficultyLabel(elder.difficulty) : null],
                  [
                    '登记方式',
                    elder.createdVia === 'grid_staff' ? '网格员建档' : `家属登记（${elder.guardianCount} 位家属）`,
                  ],
                  ['智能手机', elder.noSmartphone ? '没有' : '有'],
                  ['更新时间', dateTime(elder.updatedAt)],
                ]}
              />
              <VerifyForm elder={elder} busy={busy} onVerify={verify} onReject={reject} />
            </ElderCard>
          ))}
        </View>
      </StatusView>
      <BackButton fallback={PATHS.admin} />
    </Page>
  );
}

export default function AdminElders() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <AdminEldersScreen />
    </StaffOnly>
  );
}
