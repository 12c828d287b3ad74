import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { go } from '../../../utils/nav';
import { MEASURE_PATHS } from './paths';
import type { PublicJob } from './types';
import { Card } from '../../../components/Card';

/** One opening as residents see it; the whole card opens the job. */
export function JobCard({ job }: { job: PublicJob }) {
  return (
    <Card title={job.title} className="stack" testId={`job-${job.id}`}>
      <View>{job.enterpriseName}</View>
      <View className="lead">{job.pay}</View>
      <View className="muted">
        工作地点：{job.workplace}　还招 {job.remaining} 人
      </View>
      <Btn
        kind="secondary"
        onClick={() => go(MEASURE_PATHS.job(job.id))}
        label={`查看详情：${job.title}（${job.enterpriseName}）`}
      >
        查看详情
      </Btn>
    </Card>
  );
}
