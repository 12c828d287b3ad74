import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Heading } from '../../../components/Heading';
import { go } from '../../../utils/nav';
import { MEASURE_PATHS } from './paths';
import type { PublicJob } from './types';

/** One opening as residents see it; the whole card opens the job. */
export function JobCard({ job }: { job: PublicJob }) {
  return (
    <View className="card stack" data-testid={`job-${job.id}`}>
      <Heading level={2} className="card__title">
        {job.title}
      </Heading>
      <View>{job.enterpriseName}</View>
      <View className="lead">{job.pay}</View>
      <View className="muted">
        工作地点：{job.workplace}　还招 {job.remaining} 人
      </View>
      <Btn kind="secondary" onClick={() => go(MEASURE_PATHS.job(job.id))} label={`查看详情：${job.title}（${job.enterpriseName}）`}>
        查看详情
      </Btn>
    </View>
  );
}
