import { View } from '@tarojs/components';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Heading } from '../../../components/Heading';
import { Page } from '../../../components/Page';
import { PickerField } from '../../../components/PickerField';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { useMe } from '../../../hooks/use-me';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { formatDay } from '../../../utils/format';
import { go } from '../../../utils/nav';
import { OutcomeNotice } from '../../../components/Notice';
import { MEASURE_PATHS } from '../measures/paths';
import type { StaffPolicies } from '../measures/types';
import { toggle, type PolicyDraft } from './policy-form';
import { useStaffPolicies } from './use-staff-policies';
import { Card } from '../../../components/Card';

const STAFF = ['economic_staff', 'district_admin', 'enterprise_liaison'] as const;
const OFFICE = new Set<string>(['economic_staff', 'district_admin']);

/** 政策推送 for staff: how many policies reached enterprises (by level), publishing a new one, each policy's reach. */
export default function StaffPoliciesPage() {
  return (
    <StaffOnly roles={STAFF}>
      <StaffPolicies />
    </StaffOnly>
  );
}

function StaffPolicies() {
  const state = useStaffPolicies();
  const me = useMe();
  const { list, busy } = state;
  usePullRefresh(list);
  const office = me.data?.roles.some((r) => OFFICE.has(r.role)) ?? false;
  const [showForm, setShowForm] = useState(false);
  const data = list.data;

  return (
    <Page title="政策推送">
      <OutcomeNotice outcome={state.outcome} testId="staff-policies-outcome" />
      <StatusView loading={list.loading && !data} error={list.error} onRetry={list.reload}>
        {data ? (
          <View className="stack">
            <Card title="推送情况" className="stack" testId="policy-figures">
              {data.figures.map((f) => (
                <View key={f.level} data-testid={`figures-${f.level}`}>
                  {f.levelLabel}政策 {f.pushed} 项已推送（推送 {f.reached} 家次，已读 {f.read}，已申报 {f.applied}）
                </View>
              ))}
            </Card>
            {office && !showForm ? (
              <Btn kind="primary" onClick={() => setShowForm(true)} testId="open-policy-form">
                发布新政策
              </Btn>
            ) : null}
            {office && showForm ? (
              <PublishForm
                state={state}
                options={data.options}
                onDone={() => setShowForm(false)}
                busy={busy === 'publish'}
              />
            ) : null}

            <View data-testid="staff-policy-list">
              {data.items.map((p) => (
                <View key={p.id} className="card stack" data-testid={`staff-policy-${p.id}`}>
                  <Heading level={2} className="card__title">
                    {p.title}
                  </Heading>
                  <View className="row">
                    <View className="tag">{p.levelLabel}</View>
                    <View className="tag tag--quiet">{p.topicName}</View>
                    <View className="tag tag--quiet">{p.statusLabel}</View>
                  </View>
                  <View className="muted">
                    {p.issuer} · 适用：{p.audience} · {p.deadline ? `截止 ${formatDay(p.deadline)}` : '长期有效'}
                  </View>
                  <View>
                    推送 {p.pushed} 家，已读 {p.read}，已申报 {p.applied}
                    {p.pushPending ? '（推送中）' : ''}
                  </View>
                  <Btn kind="secondary" onClick={() => go(MEASURE_PATHS.policy(p.id))} label={`查看详情：${p.title}`}>
                    查看详情
                  </Btn>
                  {office && p.status === 'published' ? (
                    <Btn
                      kind="danger"
                      loading={busy === `withdraw-${p.id}`}
                      onClick={() => void state.withdraw(p.id, p.version)}
                    >
                      撤回
                    </Btn>
                  ) : null}
                </View>
              ))}
            </View>
            {data.total > data.items.length ? (
              <Btn kind="secondary" loading={list.loading} onClick={state.showMore} testId="more-staff-policies">
                显示更多（共 {data.total} 项，已显示 {data.items.length} 项）
              </Btn>
            ) : null}
          </View>
        ) : null}
      </StatusView>
    </Page>
  );
}

function PublishForm({
  state,
  options,
  onDone,
  busy,
}: {
  state: ReturnType<typeof useStaffPolicies>;
  options: StaffPolicies['options'];
  onDone: () => void;
  busy: boolean;
}) {
  const { draft, setDraft } = state;
  const set =
    <K extends keyof PolicyDraft>(key: K) =>
    (value: PolicyDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  return (
    <Card title="发布新政策" className="stack" testId="policy-form">
      <TextField label="政策名称" value={draft.title} onChange={set('title')} maxlength={60} testId="policy-title" />
      <Choices
        id="policy-level"
        label="级别"
        options={options.levels.map((o) => ({ value: o.id, label: o.label }))}
        value={draft.level}
        onChange={set('level')}
      />
      <Choices
        id="policy-topic"
        label="类别"
        options={options.topics.map((o) => ({ value: o.id as string, label: o.label }))}
        value={draft.topic}
        onChange={set('topic')}
      />
      <TextField
        label="发布部门"
        value={draft.issuer}
        onChange={set('issuer')}
        placeholder="例如 青岛市工业和信息化局"
        maxlength={40}
        testId="policy-issuer"
      />
      <AreaField
        label="政策要点"
        value={draft.summary}
        onChange={set('summary')}
        placeholder="扶持内容、申报条件、怎么办理"
        maxlength={1000}
        testId="policy-summary"
      />
      <MultiChoice
        id="policy-industries"
        label="适用行业（不选即所有行业）"
        options={options.industries}
        value={draft.industries}
        onChange={set('industries')}
      />
      <MultiChoice
        id="policy-sizes"
        label="适用规模（不选即所有规模）"
        options={options.sizes}
        value={draft.sizes}
        onChange={set('sizes')}
      />
      <PickerField
        mode="date"
        label="申报截止日期（选填）"
        value={draft.deadline}
        onChange={set('deadline')}
        hint="长期有效的政策可以不选"
        testId="policy-deadline"
      />
      <ActionBar>
        <Btn
          kind="primary"
          loading={busy}
          onClick={() => void state.publish().then((ok) => ok && onDone())}
          testId="publish-policy"
        >
          发布并推送
        </Btn>
      </ActionBar>
    </Card>
  );
}

/** Several choices out of a list, as switches (each says whether it is on). */
function MultiChoice({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  value: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <View className="field">
      <View className="field__label" id={id}>
        {label}
      </View>
      <View className="choices" {...{ role: 'group', 'aria-labelledby': id }}>
        {options.map((o) => (
          <Btn
            key={o.id}
            role="switch"
            checked={value.includes(o.id)}
            kind={value.includes(o.id) ? 'primary' : 'secondary'}
            onClick={() => onChange(toggle(value, o.id))}
            testId={`${id}-${o.id}`}
          >
            {o.label}
          </Btn>
        ))}
      </View>
    </View>
  );
}
