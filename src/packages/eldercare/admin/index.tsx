import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { useMe } from '../../../hooks/use-me';
import { formatMonth } from '../../../utils/format';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { BackButton } from '../ui/Nav';
import { OverviewChart } from './OverviewChart';
import { useOverview } from './use-overview';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { Card } from '../../../components/Card';
import { OutcomeNotice } from '../../../components/Notice';

/** 为老服务管理: verify elders, decide partner applications (district), see and export the numbers. */
function EldercareAdminScreen() {
  const me = useMe();
  const { range, overview, exportCsv, busy, outcome } = useOverview();
  const isDistrict = me.data?.roles.some((r) => r.role === 'district_admin') ?? false;

  return (
    <Page title="为老服务管理">
      <View className="ec-actions">
        <Btn kind="primary" onClick={() => go(PATHS.adminElders)} testId="admin-elders">
          核实老人信息
        </Btn>
        {isDistrict ? (
          <Btn kind="secondary" onClick={() => go(PATHS.adminApplications)} testId="admin-applications">
            红色合伙人申请
          </Btn>
        ) : null}
        {isDistrict ? (
          <Btn kind="secondary" onClick={() => go(PATHS.adminServices)} testId="admin-services">
            服务项目设置
          </Btn>
        ) : null}
      </View>

      <Card title="各单位每月服务次数" className="spaced">
        <View className="muted lead">
          按上门日期统计，{formatMonth(range.fromMonth)}到{formatMonth(range.toMonth)}。
        </View>
        <StatusView loading={overview.loading && !overview.data} error={overview.error} onRetry={overview.reload}>
          {overview.data ? <OverviewChart overview={overview.data} /> : null}
        </StatusView>
      </Card>

      <Card title="导出预约明细">
        <View className="muted lead">导出同一时间段的全部预约，是 CSV 表格，可以用 Excel 或 WPS 打开。</View>
        <OutcomeNotice outcome={outcome} testId="export-outcome" />
        <Btn kind="secondary" loading={busy === 'export'} onClick={() => void exportCsv()} testId="export-csv">
          导出表格
        </Btn>
      </Card>
      <BackButton fallback="/pages/me/index" />
    </Page>
  );
}

export default function EldercareAdmin() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <EldercareAdminScreen />
    </StaffOnly>
  );
}
