import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { go, goHome } from '../../../utils/nav';
import { JobCard } from '../measures/JobCard';
import { MEASURE_PATHS } from '../measures/paths';
import { useJobs } from './use-jobs';
import { Card } from '../../../components/Card';

/** 家门口招聘: openings that enterprises of the sub-district post for residents (定向招聘); public, so a shared link works. */
export default function JobsPage() {
  const { jobs, mine, signedIn } = useJobs();
  usePullRefresh(jobs, mine);
  const interests = (mine.data ?? []).filter((i) => i.state !== 'withdrawn');

  return (
    <Page title="家门口招聘" requireLogin={false}>
      <View className="muted lead">
        辖区企业招人，离家近。看中哪个岗位，点“我想应聘”；您同意后，企业才能看到您的称呼和电话。
      </View>

      {signedIn && interests.length > 0 ? (
        <Card title="我报名的岗位" className="stack" testId="my-interests">
          {interests.map((i) => (
            <Btn key={i.id} kind="plain" onClick={() => go(MEASURE_PATHS.job(i.jobId))}>
              {i.job?.title ?? '岗位'}（{i.job?.enterpriseName ?? ''}）：{i.stateLabel}
            </Btn>
          ))}
        </Card>
      ) : null}

      <StatusView loading={jobs.loading && !jobs.data} error={jobs.error} onRetry={jobs.reload}>
        {jobs.data && jobs.data.length === 0 ? (
          <View className="card" {...{ role: 'status' }}>
            <View className="lead">现在没有正在招聘的岗位，过几天再来看看。</View>
          </View>
        ) : null}
        <View data-testid="job-list">
          {(jobs.data ?? []).map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </View>
      </StatusView>

      <Btn kind="secondary" className="spaced" onClick={goHome}>
        返回首页
      </Btn>
    </Page>
  );
}
