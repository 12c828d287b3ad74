import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { CallButton } from '../../../components/CallButton';
import { Heading } from '../../../components/Heading';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { formatMoment } from '../../../utils/format';
import { go } from '../../../utils/nav';
import { OutcomeNotice } from '../../../components/Notice';
import { useEnterpriseRef, withEnterprise } from '../measures/enterprise-ref';
import { MEASURE_PATHS } from '../measures/paths';
import { useApplicants } from './use-applicants';

/** The residents interested in one opening: those who agreed to share their contact, and how many others. */
export default function ApplicantsPage() {
  return (
    <StaffOnly roles={['enterprise_contact']}>
      <Applicants />
    </StaffOnly>
  );
}

function Applicants() {
  const { params } = useRouter();
  const jobId = params.id ?? '';
  const { list, busy, outcome, decide } = useApplicants(jobId);
  const ref = useEnterpriseRef();
  usePullRefresh(list);
  const data = list.data;

  return (
    <Page title={data ? `报名「${data.job.title}」的居民` : '报名的居民'}>
      <OutcomeNotice outcome={outcome} testId="applicants-outcome" />
      <StatusView loading={list.loading && !data} error={list.error} onRetry={list.reload}>
        {data ? (
          <View className="stack">
            <View className="lead">
              招 {data.job.openings} 人，已录用 {data.job.filled} 人。
            </View>
            {data.anonymous > 0 ? (
              <View className="muted" data-testid="anonymous-count">
                另有 {data.anonymous} 位居民感兴趣，但没有同意提供联系方式。
              </View>
            ) : null}
            {data.people.length === 0 ? <View className="card lead">还没有留下联系方式的居民。</View> : null}
            {data.people.map((p) => (
              <View key={p.id} className="card stack" data-testid={`applicant-${p.id}`}>
                <Heading level={2} className="card__title">
                  {p.name}
                </Heading>
                <View className="row">
                  <View className="tag">{p.stateLabel}</View>
                  <View className="muted">{formatMoment(p.at)} 报名</View>
                </View>
                {p.note ? <View>留言：{p.note}</View> : null}
                {p.phone ? <CallButton name={p.name ?? '居民'} phone={p.phone} /> : null}
                {p.state === 'interested' ? (
                  <View className="row">
                    <Btn
                      kind="primary"
                      loading={busy === `hire-${p.id}`}
                      onClick={() => void decide(p.id, 'hire')}
                      testId={`hire-${p.id}`}
                    >
                      录用
                    </Btn>
                    <Btn
                      kind="secondary"
                      loading={busy === `decline-${p.id}`}
                      onClick={() => void decide(p.id, 'decline')}
                    >
                      不录用
                    </Btn>
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        ) : null}
      </StatusView>
      <Btn kind="secondary" className="spaced" onClick={() => go(withEnterprise(MEASURE_PATHS.jobManage, ref))}>
        返回招聘岗位管理
      </Btn>
    </Page>
  );
}
