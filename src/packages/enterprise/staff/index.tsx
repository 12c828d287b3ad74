import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { REQUEST_PATHS } from '../request-lib/paths';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { go } from '../../../utils/nav';
import { PATHS, STAFF_ROLES } from '../lib/paths';
import type { Coverage } from '../lib/types';
import { dayWords } from '../lib/words';
import { useStaffEnterprises, type StaffFilter } from './use-staff';
import '../enterprise.scss';
import { Card } from '../../../components/Card';

const FILTERS: Array<{ value: StaffFilter; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'pending', label: '待核实' },
  { value: 'unassigned', label: '未安排包联' },
  { value: 'not_visited', label: '本季度未走访' },
];

const EMPTY: Record<StaffFilter, string> = {
  all: '您还没有包联的企业。',
  pending: '没有等待核实的企业登记。',
  unassigned: '已核实的企业都安排了包联。',
  not_visited: '本季度的企业都走访过了。',
};

function CoverageCard({ c }: { c: Coverage }) {
  const figures: Array<[string, number, string]> = [
    ['已核实企业', c.total, 'total'],
    ['本季度已走访', c.visitedThisQuarter, 'visited'],
    ['本季度未走访', c.notVisitedThisQuarter, 'not-visited'],
    ['从未走访', c.neverVisited, 'never'],
  ];
  return (
    <Card title={<>{`进百企走访（${c.quarter.replace('-Q', '年第')}季度）`}</>} testId="coverage">
      <View className="en-figures" {...{ role: 'list' }}>
        {figures.map(([label, value, key]) => (
          <View key={key} className="en-figure" {...{ role: 'listitem' }} data-testid={`coverage-${key}`}>
            <View className="en-figure__value">{value}</View>
            <View>{label}</View>
          </View>
        ))}
      </View>
      {c.byLiaison.length > 0 ? (
        <View {...{ role: 'list' }}>
          {c.byLiaison.map((row) => (
            <View key={row.liaisonId ?? 'none'} className="item" {...{ role: 'listitem' }}>
              {`${row.name}：${row.total} 家，本季度已走访 ${row.visitedThisQuarter} 家，从未走访 ${row.neverVisited} 家`}
            </View>
          ))}
        </View>
      ) : null}
    </Card>
  );
}

/** 企业服务: the enterprises in the caller's scope (all for the economic work team, the assigned ones for a liaison). */
function StaffScreen() {
  const { coverage, list, filter, setFilter } = useStaffEnterprises();
  usePullRefresh(coverage, list);

  return (
    <Page title="企业服务">
      <Btn kind="primary" onClick={() => go(REQUEST_PATHS.queue)} testId="go-staff-requests">
        企业诉求（直通车）
      </Btn>
      <StatusView loading={coverage.loading && !coverage.data} error={coverage.error} onRetry={coverage.reload}>
        {coverage.data ? <CoverageCard c={coverage.data} /> : null}
      </StatusView>
      <Choices id="enterprise-filter" label="要看的企业" options={FILTERS} value={filter} onChange={setFilter} />
      <StatusView loading={list.loading} error={list.error} onRetry={list.reload}>
        {list.data && list.data.items.length === 0 ? <View className="card">{EMPTY[filter]}</View> : null}
        {list.data && list.data.items.length > 0 ? (
          <View className="muted">{`共 ${list.data.total} 家${list.data.scope === 'assigned' ? '（您包联的企业）' : ''}`}</View>
        ) : null}
        <View {...{ role: 'list' }}>
          {(list.data?.items ?? []).map((e) => (
            <View key={e.id} {...{ role: 'listitem' }}>
              <Btn
                kind="plain"
                className="card"
                onClick={() => go(PATHS.staffEnterprise(e.id))}
                testId={`staff-enterprise-${e.id}`}
                label={`${e.name}，${e.statusLabel}`}
              >
                <View className="card__title">{e.name}</View>
                <View className="row">
                  <View className={e.status === 'verified' ? 'tag' : 'tag tag--quiet'}>{e.statusLabel}</View>
                  <View className="muted">{`${e.industryLabel} · ${e.sizeLabel}`}</View>
                </View>
                <View className="muted">{`包联：${e.liaisonName ?? '未安排'}　最近走访：${dayWords(e.lastVisitDate) ?? '从未走访'}`}</View>
              </Btn>
            </View>
          ))}
        </View>
      </StatusView>
    </Page>
  );
}

export default function Staff() {
  return (
    <StaffOnly roles={STAFF_ROLES}>
      <StaffScreen />
    </StaffOnly>
  );
}
