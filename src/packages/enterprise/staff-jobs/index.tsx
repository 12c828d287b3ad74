import { View } from '@tarojs/components';
import { useCallback } from 'react';
import { call } from '../../../api/client';
import { Heading } from '../../../components/Heading';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { useResource } from '../../../hooks/use-resource';
import { formatDay } from '../../../utils/format';
import { Card } from '../../../components/Card';

/** 定向招聘 for staff: the openings of the enterprises they serve, and how many places were filled. */
export default function StaffJobsPage() {
  return (
    <StaffOnly roles={['economic_staff', 'district_admin', 'enterprise_liaison']}>
      <StaffJobs />
    </StaffOnly>
  );
}

function StaffJobs() {
  const list = useResource(useCallback(() => call('enterprise', 'staffJobs'), []));
  usePullRefresh(list);
  const data = list.data;
  return (
    <Page title="定向招聘">
      <StatusView loading={list.loading && !data} error={list.error} onRetry={list.reload}>
        {data ? (
          <View className="stack">
            <Card title="招聘情况" className="stack" testId="job-figures">
              <View>
                {data.figures.postings} 个岗位（{data.figures.open} 个招聘中），共招 {data.figures.openings} 人
              </View>
              <View className="lead">
                已录用 {data.figures.filled} 人，{data.figures.interested} 人报名待答复
              </View>
            </Card>
            {data.jobs.length === 0 ? <View className="card lead">您服务的企业还没有发布岗位。</View> : null}
            {data.jobs.map((job) => (
              <View key={job.id} className="card stack" data-testid={`staff-job-${job.id}`}>
                <Heading level={2} className="card__title">
                  {job.title}
                </Heading>
                <View>{job.enterpriseName}</View>
                <View className="row">
                  <View className="tag">{job.statusLabel}</View>
                  <View className="muted">{formatDay(job.postedAt)} 发布</View>
                </View>
                <View>
                  招 {job.openings} 人，已录用 {job.filled} 人，{job.interested} 人报名待答复
                </View>
              </View>
            ))}
          </View>
        ) : null}
      </StatusView>
    </Page>
  );
}
