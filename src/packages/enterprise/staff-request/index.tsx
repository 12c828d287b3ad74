import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { useResource } from '../../../hooks/use-resource';
import { back } from '../../../utils/nav';
import { REQUEST_PATHS } from '../request-lib/paths';
import { RequestFacts } from '../request-lib/RequestFacts';
import { RequestStaffOnly } from '../request-lib/StaffGuard';
import type { FinanceProduct, StaffRequest } from '../request-lib/types';
import { wan } from '../request-lib/words';
import { useHandle } from './use-handle';
import { Card } from '../../../components/Card';

type Handle = ReturnType<typeof useHandle>;

/** 诉求办理: accept, reply with progress, match financing, record the outcome and resolve. */
function HandleScreen() {
  const { params } = useRouter();
  const handle = useHandle(params.id ?? '');
  const { resource, request, step } = handle;
  return (
    <Page title="诉求办理">
      <StatusView loading={resource.loading && !resource.data} error={resource.error} onRetry={resource.reload}>
        {resource.data && !request ? <View className="card">这件诉求不在您包联或负责的范围内。</View> : null}
        {request ? (
          <View>
            <View className="muted lead">
              {request.enterpriseName} · 行业：{request.industryLabel} · 提交人：{request.filedByName}
              {request.source === 'visit' ? ' · 走访发现' : ''} · 当前由{request.levelLabel}负责
            </View>
            <RequestFacts request={request} />
            <StaffActions request={request} handle={handle} />
          </View>
        ) : null}
      </StatusView>
      {step.outcome ? (
        <Notice kind={step.outcome.ok ? 'ok' : 'error'} testId="handle-outcome">
          {step.outcome.text}
        </Notice>
      ) : null}
      <Btn kind="secondary" onClick={() => back(REQUEST_PATHS.queue)}>
        返回诉求列表
      </Btn>
    </Page>
  );
}

function StaffActions({ request, handle }: { request: StaffRequest; handle: Handle }) {
  const [note, setNote] = useState('');
  const busy = handle.step.busy;
  if (request.state === 'submitted') {
    return (
      <View className="card" {...{ role: 'group', 'aria-label': '受理' }}>
        <AreaField
          label="受理说明（选填，企业能看到）"
          value={note}
          onChange={setNote}
          maxlength={300}
          testId="accept-note"
        />
        <Btn
          kind="primary"
          loading={busy === 'accept'}
          onClick={() => void handle.accept(note.trim())}
          testId="accept-request"
        >
          受理
        </Btn>
      </View>
    );
  }
  if (request.state !== 'in_progress') return null;
  return (
    <View>
      <View className="card" {...{ role: 'group', 'aria-label': '回复进展' }}>
        <AreaField label="进展说明（企业能看到）" value={note} onChange={setNote} maxlength={500} testId="reply-note" />
        <Btn
          kind="secondary"
          loading={busy === 'reply'}
          onClick={() => void handle.reply(note.trim()).then((ok) => ok && setNote(''))}
          testId="reply-request"
        >
          发送进展
        </Btn>
      </View>
      {request.type === 'financing' ? <Financing request={request} handle={handle} /> : null}
      <ResolveForm request={request} handle={handle} />
    </View>
  );
}

function Financing({ request, handle }: { request: StaffRequest; handle: Handle }) {
  const products = useResource<FinanceProduct[]>(handle.loadProducts);
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const matched = new Set(request.matches.map((m) => m.productId));
  return (
    <Card title="定制融资" testId="financing-match">
      {request.matches
        .filter((m) => m.status === 'proposed')
        .map((m) => (
          <View key={m.productId} className="item" {...{ role: 'group', 'aria-label': `${m.productName}的结果` }}>
            <View className="msg__title">
              {m.provider}“{m.productName}”：等银行结果
            </View>
            <TextField
              label="放款金额（万元）"
              type="digit"
              value={amounts[m.productId] ?? ''}
              onChange={(v) => setAmounts((a) => ({ ...a, [m.productId]: v }))}
              testId={`granted-${m.productId}`}
            />
            <Btn
              kind="primary"
              loading={handle.step.busy === `outcome-${m.productId}`}
              onClick={() => void handle.matchOutcome(m.productId, true, Number(amounts[m.productId]) || null)}
            >
              已放款
            </Btn>
            <Btn kind="secondary" onClick={() => void handle.matchOutcome(m.productId, false, null)}>
              未获批
            </Btn>
          </View>
        ))}
      <View className="muted">符合金额、期限和行业的产品排在前面：</View>
      <StatusView loading={products.loading && !products.data} error={products.error} onRetry={products.reload}>
        {(products.data ?? []).map((p) => (
          <View key={p._id} className="item">
            <View className="msg__title">
              {p.provider}“{p.name}”{p.fits ? '（符合）' : ''}
            </View>
            <View className="muted">
              {wan(p.minWan)}–{wan(p.maxWan)}，最长 {p.maxTermMonths} 个月，{p.rateNote}
            </View>
            {matched.has(p._id) ? (
              <View className="muted">已推荐</View>
            ) : (
              <Btn
                kind="secondary"
                loading={handle.step.busy === `match-${p._id}`}
                onClick={() => void handle.match(p._id)}
                label={`推荐${p.name}`}
              >
                推荐给企业
              </Btn>
            )}
          </View>
        ))}
      </StatusView>
    </Card>
  );
}

function ResolveForm({ request, handle }: { request: StaffRequest; handle: Handle }) {
  const [summary, setSummary] = useState('');
  const [financing, setFinancing] = useState(request.grantedWan ? String(request.grantedWan) : '');
  const [jobs, setJobs] = useState('');
  const [policies, setPolicies] = useState('');
  const num = (v: string) => (v.trim() === '' ? 0 : Number(v));
  return (
    <Card title="办结">
      <AreaField
        label="办结说明（企业能看到）"
        value={summary}
        onChange={setSummary}
        maxlength={500}
        testId="resolve-summary"
      />
      <TextField
        label="融资到位（万元，没有填 0）"
        type="digit"
        value={financing}
        onChange={setFinancing}
        testId="resolve-financing"
      />
      <TextField label="招到人数（没有填 0）" type="number" value={jobs} onChange={setJobs} testId="resolve-jobs" />
      <TextField
        label="申报政策（项，没有填 0）"
        type="number"
        value={policies}
        onChange={setPolicies}
        testId="resolve-policies"
      />
      <Btn
        kind="primary"
        loading={handle.step.busy === 'resolve'}
        onClick={() =>
          void handle.resolve({
            summary: summary.trim(),
            financingWan: num(financing),
            jobsFilled: num(jobs),
            policiesApplied: num(policies),
          })
        }
        testId="resolve-request"
      >
        办结
      </Btn>
    </Card>
  );
}

export default function RequestHandlePage() {
  return (
    <RequestStaffOnly>
      <HandleScreen />
    </RequestStaffOnly>
  );
}
