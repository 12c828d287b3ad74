import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../../api/client';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField } from '../../../components/TextField';
import { useResource } from '../../../hooks/use-resource';
import { back } from '../../../utils/nav';
import { REQUEST_PATHS } from '../request-lib/paths';
import { RequestFacts } from '../request-lib/RequestFacts';
import type { EnterpriseRequest, RequestReply } from '../request-lib/types';
import { useRunner } from '../../../hooks/use-runner';

const STARS = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: `${v} 星` }));

/** One request as the enterprise sees it: where it is, the replies, and (once resolved) the rating. */
export default function RequestPage() {
  const { params } = useRouter();
  const requestId = params.id ?? '';
  const resource = useResource<RequestReply>(() => call('enterprise', 'getRequest', { requestId }));
  const step = useRunner();
  const request = resource.data?.request ?? null;

  const apply = (updated: EnterpriseRequest | null) => {
    if (updated) resource.setData(() => ({ audience: 'enterprise', request: updated }));
  };

  return (
    <Page title="诉求详情">
      <StatusView loading={resource.loading && !resource.data} error={resource.error} onRetry={resource.reload}>
        {request ? <RequestFacts request={request} /> : null}
        {request ? <EnterpriseActions request={request} step={step} onChanged={apply} /> : null}
      </StatusView>
      {step.outcome ? (
        <Notice kind={step.outcome.ok ? 'ok' : 'error'} testId="request-step-outcome">
          {step.outcome.text}
        </Notice>
      ) : null}
      <Btn kind="secondary" onClick={() => back(REQUEST_PATHS.mine(request?.enterpriseId))}>
        返回我的诉求
      </Btn>
    </Page>
  );
}

function EnterpriseActions({
  request,
  step,
  onChanged,
}: {
  request: EnterpriseRequest;
  step: ReturnType<typeof useRunner>;
  onChanged: (r: EnterpriseRequest | null) => void;
}) {
  const [stars, setStars] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [withdrawing, setWithdrawing] = useState(false);
  const version = request.version;
  const requestId = request.id;

  if (request.state === 'resolved') {
    return (
      <View className="card" {...{ role: 'group', 'aria-label': '评价办理结果' }}>
        <View className="lead">已办结。请评价街道的办理；不满意可以退回重办。</View>
        <Choices id="rate-stars" label="满意程度" options={STARS} value={stars} onChange={setStars} />
        <AreaField label="评价（选填）" value={comment} onChange={setComment} maxlength={200} testId="rate-comment" />
        <Btn
          kind="primary"
          loading={step.busy === 'rate'}
          testId="rate-submit"
          onClick={() =>
            stars
              ? void step
                  .run(
                    'rate',
                    () =>
                      call('enterprise', 'rateRequest', {
                        requestId,
                        version,
                        stars: Number(stars),
                        comment: comment.trim(),
                      }),
                    '谢谢您的评价。',
                  )
                  .then(onChanged)
              : step.say({ ok: false, text: '请先选择满意程度（1 到 5 星）。' })
          }
        >
          提交评价
        </Btn>
        <AreaField
          label="不满意的原因（退回重办时填写）"
          value={reason}
          onChange={setReason}
          maxlength={300}
          testId="reopen-reason"
        />
        <Btn
          kind="secondary"
          loading={step.busy === 'reopen'}
          testId="reopen-submit"
          onClick={() =>
            void step
              .run(
                'reopen',
                () => call('enterprise', 'reopenRequest', { requestId, version, note: reason.trim() }),
                '已退回，责任部门会重新办理。',
              )
              .then(onChanged)
          }
        >
          不满意，退回重办
        </Btn>
      </View>
    );
  }
  if (request.state === 'submitted' || request.state === 'in_progress') {
    return (
      <View className="card">
        {withdrawing ? (
          <View {...{ role: 'group', 'aria-label': '撤回诉求' }}>
            <View className="lead">撤回后街道不再办理这件诉求。确定撤回吗？</View>
            <Btn
              kind="danger"
              loading={step.busy === 'withdraw'}
              testId="withdraw-confirm"
              onClick={() =>
                void step
                  .run('withdraw', () => call('enterprise', 'withdrawRequest', { requestId, version }), '已撤回。')
                  .then(onChanged)
              }
            >
              确认撤回
            </Btn>
            <Btn kind="secondary" onClick={() => setWithdrawing(false)}>
              不撤回了
            </Btn>
          </View>
        ) : (
          <Btn kind="secondary" onClick={() => setWithdrawing(true)} testId="withdraw-open">
            问题已自行解决，撤回诉求
          </Btn>
        )}
      </View>
    );
  }
  return null;
}
