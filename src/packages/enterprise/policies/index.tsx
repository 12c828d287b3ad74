import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Heading } from '../../../components/Heading';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { isWeapp } from '../../../platform/env';
import { go } from '../../../utils/nav';
import { withEnterprise } from '../measures/enterprise-ref';
import { MEASURE_PATHS } from '../measures/paths';
import { PolicyTags } from '../measures/PolicyTags';
import { usePolicies } from './use-policies';

const FILTERS = [
  { value: 'all', label: '全部政策' },
  { value: 'fitting', label: '只看符合本企业的' },
] as const;

/** 惠企政策 for an enterprise's contacts (定位推送): those that fit the enterprise first, with read and applied marks. */
export default function PoliciesPage() {
  return (
    <StaffOnly roles={['enterprise_contact']}>
      <Policies />
    </StaffOnly>
  );
}

function Policies() {
  const { list, ref, onlyFitting, setOnlyFitting, showMore, subscribe } = usePolicies();
  usePullRefresh(list);
  const data = list.data;

  return (
    <Page title="惠企政策">
      <StatusView loading={list.loading && !data} error={list.error} onRetry={list.reload}>
        {data ? (
          <View className="stack">
            <View className="lead" data-testid="policies-summary">
              {data.enterprise.name}（{data.enterprise.industry}，{data.enterprise.size}企业）：符合条件的政策排在前面
              {data.unread > 0 ? `，有 ${data.unread} 条未读` : ''}。
            </View>
            {isWeapp() ? (
              <Btn kind="secondary" onClick={subscribe}>
                有新政策时微信通知我
              </Btn>
            ) : null}
            <Choices
              id="policy-filter"
              label="显示哪些"
              options={FILTERS}
              value={onlyFitting ? 'fitting' : 'all'}
              onChange={(v) => setOnlyFitting(v === 'fitting')}
            />
            {data.items.length === 0 ? <View className="card lead">暂时没有符合的政策。</View> : null}
            <View data-testid="policy-list">
              {data.items.map((p) => (
                <View key={p.id} className="card stack" data-testid={`policy-${p.id}`}>
                  <Heading level={2} className="card__title">
                    {p.title}
                  </Heading>
                  <PolicyTags policy={p} fits={p.fits} markLabel={p.markLabel} />
                  <View className="muted">
                    {p.issuer} · 适用：{p.audience}
                  </View>
                  <Btn
                    kind="secondary"
                    onClick={() => go(withEnterprise(MEASURE_PATHS.policy(p.id), ref))}
                    label={`查看详情：${p.title}`}
                  >
                    查看详情
                  </Btn>
                </View>
              ))}
            </View>
            {data.total > data.items.length ? (
              <Btn kind="secondary" loading={list.loading} onClick={showMore} testId="more-policies">
                显示更多（还有 {data.total - data.items.length} 条）
              </Btn>
            ) : null}
          </View>
        ) : null}
      </StatusView>
    </Page>
  );
}
