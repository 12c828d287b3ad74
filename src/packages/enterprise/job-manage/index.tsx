import { View } from '@tarojs/components';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Heading } from '../../../components/Heading';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { go } from '../../../utils/nav';
import { OutcomeNotice } from '../../../components/Notice';
import { withEnterprise } from '../measures/enterprise-ref';
import { MEASURE_PATHS } from '../measures/paths';
import type { JobDraft } from './job-form';
import { useJobManage } from './use-job-manage';
import { Card } from '../../../components/Card';

/** 招聘岗位管理 for an enterprise's contacts: post openings, see who is interested, stop or reopen. */
export default function JobManagePage() {
  return (
    <StaffOnly roles={['enterprise_contact']}>
      <JobManage />
    </StaffOnly>
  );
}

function JobManage() {
  const state = useJobManage();
  const { jobs, draft, setDraft, busy } = state;
  usePullRefresh(jobs);
  const [showForm, setShowForm] = useState(false);
  const set =
    <K extends keyof JobDraft>(key: K) =>
    (value: JobDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const verified = jobs.data?.enterprise.verified ?? false;

  return (
    <Page title="招聘岗位管理">
      <OutcomeNotice outcome={state.outcome} testId="job-manage-outcome" />
      <StatusView loading={jobs.loading && !jobs.data} error={jobs.error} onRetry={jobs.reload}>
        {jobs.data ? (
          <View className="stack">
            <View className="muted lead">
              {jobs.data.enterprise.name}
              发布的岗位会出现在居民的“家门口招聘”里。居民同意后，您才能看到他们的称呼和电话。
            </View>
            {!verified ? <View className="notice">企业通过街道核实后才能发布岗位。</View> : null}
            {verified && !showForm ? (
              <Btn kind="primary" onClick={() => setShowForm(true)} testId="open-job-form">
                发布新岗位
              </Btn>
            ) : null}
            {verified && showForm ? (
              <Card title="发布新岗位" className="stack" testId="job-form">
                <TextField
                  label="工种名称"
                  value={draft.title}
                  onChange={set('title')}
                  placeholder="例如 数控车工"
                  maxlength={30}
                  testId="job-title"
                />
                <AreaField
                  label="岗位说明"
                  value={draft.description}
                  onChange={set('description')}
                  placeholder="做什么、要什么经验、上班时间"
                  maxlength={500}
                  testId="job-description"
                />
                <TextField
                  label="招聘人数"
                  type="number"
                  value={draft.openings}
                  onChange={set('openings')}
                  maxlength={3}
                  testId="job-openings"
                />
                <TextField
                  label="薪资待遇"
                  value={draft.pay}
                  onChange={set('pay')}
                  placeholder="例如 5000–7000 元/月"
                  maxlength={30}
                  testId="job-pay"
                />
                <TextField
                  label="工作地点"
                  value={draft.workplace}
                  onChange={set('workplace')}
                  placeholder="例如 兴隆支路 88 号"
                  maxlength={60}
                  testId="job-workplace"
                />
                <ActionBar>
                  <Btn
                    kind="primary"
                    loading={busy === 'post'}
                    onClick={() => void state.post().then((ok) => ok && setShowForm(false))}
                    testId="post-job"
                  >
                    发布
                  </Btn>
                </ActionBar>
              </Card>
            ) : null}

            {jobs.data.jobs.length === 0 ? <View className="card lead">还没有发布过岗位。</View> : null}
            {jobs.data.jobs.map((job) => (
              <View key={job.id} className="card stack" data-testid={`own-job-${job.id}`}>
                <Heading level={2} className="card__title">
                  {job.title}
                </Heading>
                <View className="row">
                  <View className="tag">{job.statusLabel}</View>
                </View>
                <View>
                  招 {job.openings} 人，已录用 {job.filled} 人，{job.interested} 人报名待答复
                </View>
                <Btn
                  kind="secondary"
                  onClick={() => go(withEnterprise(MEASURE_PATHS.jobApplicants(job.id), state.ref))}
                  testId={`applicants-${job.id}`}
                >
                  查看报名的居民
                </Btn>
                {job.status === 'open' ? (
                  <Btn
                    kind="secondary"
                    loading={busy === `open-${job.id}`}
                    onClick={() => void state.setOpen(job.id, job.version, false)}
                  >
                    停止招聘
                  </Btn>
                ) : job.status === 'closed' ? (
                  <Btn
                    kind="secondary"
                    loading={busy === `open-${job.id}`}
                    onClick={() => void state.setOpen(job.id, job.version, true)}
                  >
                    重新招聘
                  </Btn>
                ) : null}
              </View>
            ))}
          </View>
        ) : null}
      </StatusView>
    </Page>
  );
}
