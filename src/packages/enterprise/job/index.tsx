import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { needsLogin } from '../../../auth/session';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { formatDay } from '../../../utils/format';
import { go } from '../../../utils/nav';
import { ConsentFields } from '../measures/ConsentFields';
import { OutcomeNotice } from '../../../components/Notice';
import { MEASURE_PATHS } from '../measures/paths';
import type { JobPage } from '../measures/types';
import { EMPTY_INTEREST, useJob } from './use-job';
import { Card } from '../../../components/Card';

/** One opening (public): what the work is, and "我想应聘" with the consent to share the contact. */
export default function JobDetailPage() {
  const { params } = useRouter();
  const jobId = params.id ?? '';
  const state = useJob(jobId);
  const data = state.page.data;

  return (
    <Page title={data?.job.title ?? '招聘岗位'} requireLogin={false}>
      {!jobId ? <View className="notice">没有指定岗位，请从招聘列表进入。</View> : null}
      <StatusView loading={state.page.loading && !data} error={state.page.error} onRetry={state.page.reload}>
        {data ? <JobBody data={data} state={state} /> : null}
      </StatusView>
      <OutcomeNotice outcome={state.outcome} testId="job-outcome" />
      <Btn kind="secondary" className="spaced" onClick={() => go(MEASURE_PATHS.jobs)}>
        看看其他岗位
      </Btn>
    </Page>
  );
}

function JobBody({ data, state }: { data: JobPage; state: ReturnType<typeof useJob> }) {
  const { job, mine } = data;
  const signedOut = needsLogin();
  return (
    <View className="stack">
      <View className="card stack">
        <View className="row">
          <View className="tag">{job.statusLabel}</View>
          {job.status === 'open' ? <View className="tag tag--quiet">还招 {job.remaining} 人</View> : null}
        </View>
        <View className="lead">{job.enterpriseName}</View>
        <View>薪资待遇：{job.pay}</View>
        <View>工作地点：{job.workplace}</View>
        <View>招聘人数：{job.openings} 人</View>
        <View className="muted">发布于 {formatDay(job.postedAt)}</View>
        <View className="spaced">{job.description}</View>
      </View>

      <Card title="我想应聘" className="stack" testId="interest-card">
        {signedOut ? (
          <LoginPrompt action="报名这个岗位" back={MEASURE_PATHS.job(job.id)} />
        ) : (
          <InterestPart data={data} state={state} />
        )}
      </Card>
      {mine === null && job.status !== 'open' ? (
        <View className="muted">这个岗位{job.statusLabel}，不能再报名了。</View>
      ) : null}
    </View>
  );
}

function InterestPart({ data, state }: { data: JobPage; state: ReturnType<typeof useJob> }) {
  const { job, mine } = data;
  const { draft, setDraft, busy } = state;
  const active = mine && mine.state === 'interested';

  if (mine && mine.state !== 'interested' && mine.state !== 'withdrawn') {
    return (
      <View className="lead" data-testid="interest-state">
        {mine.stateLabel}
      </View>
    );
  }
  if (active) {
    return (
      <View className="stack" data-testid="interest-state">
        <View className="lead">
          您已报名。
          {mine.shareContact
            ? `企业可以看到您的称呼（${mine.name}）和电话（${mine.phone}）。`
            : '您没有提供联系方式，企业只知道有人感兴趣。'}
        </View>
        {mine.shareContact ? (
          <Btn
            kind="secondary"
            loading={busy === 'share'}
            onClick={() => void state.share(EMPTY_INTEREST)}
            testId="stop-sharing"
          >
            不再向企业提供联系方式
          </Btn>
        ) : (
          <View className="stack">
            <ConsentFields enterpriseName={job.enterpriseName} draft={draft} onChange={setDraft} />
            {draft.shareContact ? (
              <Btn
                kind="primary"
                loading={busy === 'share'}
                onClick={() => void state.share(draft)}
                testId="start-sharing"
              >
                提供联系方式
              </Btn>
            ) : null}
          </View>
        )}
        <Btn
          kind="danger"
          loading={busy === 'withdraw'}
          onClick={() => void state.withdraw()}
          testId="withdraw-interest"
        >
          撤回报名
        </Btn>
      </View>
    );
  }
  if (job.status !== 'open') return <View className="lead">这个岗位{job.statusLabel}。</View>;
  return (
    <View className="stack">
      {mine?.state === 'withdrawn' ? <View className="muted">您撤回过报名，可以重新报名。</View> : null}
      <ConsentFields enterpriseName={job.enterpriseName} draft={draft} onChange={setDraft} />
      <ActionBar>
        <Btn kind="primary" loading={busy === 'express'} onClick={() => void state.express()} testId="express-interest">
          我想应聘
        </Btn>
      </ActionBar>
    </View>
  );
}
