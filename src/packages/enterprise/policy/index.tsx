import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { formatDay } from '../../../utils/format';
import { go } from '../../../utils/nav';
import { OutcomeNotice } from '../../../components/Notice';
import { MEASURE_PATHS } from '../measures/paths';
import { PolicyTags } from '../measures/PolicyTags';
import { usePolicy } from './use-policy';
import { Card } from '../../../components/Card';

/** One policy: what it offers and for whom; the enterprise marks it applied, staff see its reach. */
export default function PolicyPage() {
  return (
    <StaffOnly roles={['enterprise_contact', 'economic_staff', 'district_admin', 'enterprise_liaison']}>
      <PolicyDetail />
    </StaffOnly>
  );
}

function PolicyDetail() {
  const { params } = useRouter();
  const policyId = params.id ?? '';
  const { page, busy, outcome, setApplied } = usePolicy(policyId);
  const data = page.data;
  const policy = data?.policy;

  return (
    <Page title={policy?.title ?? '政策详情'}>
      <StatusView loading={page.loading && !data} error={page.error} onRetry={page.reload}>
        {policy ? (
          <View className="stack">
            <View className="card stack">
              <PolicyTags policy={policy} fits={data.staff ? false : policy.fits} markLabel={policy.markLabel} />
              <View>发布部门：{policy.issuer}</View>
              <View>适用企业：{policy.audience}</View>
              <View className="muted">发布于 {formatDay(policy.publishedAt)}</View>
              <View className="spaced">{policy.summary}</View>
            </View>
            {data.staff ? (
              <Card title="推送情况" className="stack" testId="policy-reach">
                <View>
                  {data.staff.statusLabel}：推送 {data.staff.pushed} 家企业，{data.staff.read} 家已读，
                  {data.staff.applied} 家已申报
                </View>
                {data.staff.marks.length > 0 ? <View className="muted">您服务的企业：</View> : null}
                {data.staff.marks.map((m) => (
                  <View key={m.enterpriseId} className="row" data-testid={`reach-${m.enterpriseId}`}>
                    <View>{m.name}</View>
                    <View className="tag tag--quiet">{m.stateLabel}</View>
                  </View>
                ))}
              </Card>
            ) : (
              <View className="card stack" data-testid="policy-mark">
                <View className="lead">
                  {policy.mark === 'applied' ? '贵企业已申报这项政策。' : '申报后请在这里标记，方便街道跟进服务。'}
                </View>
                <Btn
                  kind={policy.mark === 'applied' ? 'secondary' : 'primary'}
                  loading={busy === 'apply'}
                  onClick={() => void setApplied(policy.mark !== 'applied')}
                  testId="mark-applied"
                >
                  {policy.mark === 'applied' ? '取消“已申报”' : '标记为已申报'}
                </Btn>
              </View>
            )}
          </View>
        ) : null}
      </StatusView>
      <OutcomeNotice outcome={outcome} testId="policy-outcome" />
      <Btn
        kind="secondary"
        className="spaced"
        onClick={() => go(data?.staff ? MEASURE_PATHS.staffPolicies : MEASURE_PATHS.policies)}
      >
        返回政策列表
      </Btn>
    </Page>
  );
}
