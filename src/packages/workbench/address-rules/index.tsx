import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Choices, type Choice } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { STREET_MAX } from '../../../rules/fields';
import { backTo } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import type { Communities, Parity } from '../../../issues/types';
import { Notice } from '../../../components/Notice';
import { PARITY_LABEL, useAddressRules } from './use-address-rules';
import '../../../issues/issues.scss';
import { STAFF_PAGES, StaffOnly, StaffOnlyNotice } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Heading } from '../../../components/Heading';
import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';

const PARITIES: Array<Choice<Parity>> = (['all', 'odd', 'even'] as const).map((p) => ({
  value: p,
  label: PARITY_LABEL[p],
}));

function gridChoices(communities: Communities | undefined): Array<Choice<string>> {
  return (communities ?? []).flatMap((c) =>
    c.branches.flatMap((b) => b.grids.map((g) => ({ value: g.id, label: `${g.name}（${b.name}）` }))),
  );
}

/**
 * 地址规则: which grid a street's house numbers go to. New reports are routed
 * by these rules (the narrowest matching range wins); community admins keep the
 * rules of their own grids, district admins all of them.
 */
function AddressRulesPageScreen() {
  const r = useAddressRules();
  usePullRefresh(r.rules, r.grids);
  const [street, setStreet] = useState('');
  const denied = r.rules.error?.code === 'PERMISSION_DENIED' || r.grids.error?.code === 'PERMISSION_DENIED';
  const rows = r.rules.data?.rules ?? [];
  const streets: Array<Choice<string>> = [
    { value: '', label: '全部街道' },
    ...[...new Set(rows.map((x) => x.street))].map((s) => ({ value: s, label: s })),
  ];
  const shown = street ? rows.filter((x) => x.street === street) : rows;
  const grids = gridChoices(r.grids.data?.communities);
  const d = r.draft;

  return (
    <Page title="地址规则">
      {denied ? (
        <StaffOnlyNotice />
      ) : (
        <StatusView
          loading={(r.rules.loading && !r.rules.data) || (r.grids.loading && !r.grids.data)}
          error={r.rules.error ?? r.grids.error}
          onRetry={() => (r.rules.error ? r.rules.reload() : r.grids.reload())}
        >
          <View className="lead">
            居民反映问题时填写的街道和门牌号，会按这里的规则自动分给对应网格。门牌号范围重叠时，范围小的规则优先。没有规则的地址会转到街道，由街道分派。
          </View>

          <Card title={d.id ? '修改规则' : '新增规则'} className="spaced" testId="rule-form">
            <TextField
              label="街道名称"
              value={d.street}
              onChange={(v) => r.setDraft({ ...d, street: v })}
              placeholder="例如：宜昌路"
              maxlength={STREET_MAX}
              testId="rule-street"
            />
            <View className="row iss-pair">
              <TextField
                label="起始门牌号"
                type="number"
                value={d.from}
                onChange={(v) => r.setDraft({ ...d, from: v })}
                placeholder="例如：1"
                maxlength={4}
                testId="rule-from"
              />
              <TextField
                label="结束门牌号"
                type="number"
                value={d.to}
                onChange={(v) => r.setDraft({ ...d, to: v })}
                placeholder="例如：99"
                maxlength={4}
                testId="rule-to"
              />
            </View>
            <Choices
              id="rule-parity"
              label="单号还是双号"
              options={PARITIES}
              value={d.parity}
              onChange={(v) => r.setDraft({ ...d, parity: v })}
            />
            {grids.length > 0 ? (
              <Choices
                id="rule-grid"
                label="分给哪个网格"
                options={grids}
                value={d.gridId}
                onChange={(v) => r.setDraft({ ...d, gridId: v })}
              />
            ) : (
              <Notice kind="info">您管理的范围里还没有网格，暂时不能新增规则。</Notice>
            )}
            {r.formError ? (
              <Notice kind="error" testId="rule-error">
                {r.formError}
              </Notice>
            ) : null}
            <Btn kind="primary" loading={r.busy} onClick={() => void r.save()} testId="rule-save">
              {d.id ? '保存修改' : '保存规则'}
            </Btn>
            {d.id ? (
              <Btn kind="secondary" onClick={r.cancelEdit}>
                取消修改
              </Btn>
            ) : null}
          </Card>

          {r.done ? (
            <Notice kind="ok" testId="rule-done">
              {r.done}
            </Notice>
          ) : null}
          {r.removeError ? <Notice kind="error">{r.removeError.message}</Notice> : null}

          <View className="card spaced">
            <Heading level={2} className="card__title">
              现有规则：{shown.length} 条
            </Heading>
            {streets.length > 2 ? (
              <Choices
                id="rule-street-filter"
                label="按街道查看"
                options={streets}
                value={street}
                onChange={setStreet}
              />
            ) : null}
            {rows.length === 0 ? <View className="lead">还没有地址规则。请在上面新增第一条。</View> : null}
            <View {...listRole} data-testid="rule-list">
              {shown.map((rule) => {
                const name = `${rule.street} ${rule.from}–${rule.to} 号`;
                return (
                  <View key={rule.id} className="card spaced" {...itemRole} data-testid={`rule-${rule.id}`}>
                    <View className="card__title">
                      {name}（{PARITY_LABEL[rule.parity]}）
                    </View>
                    <View>分到：{rule.gridName}</View>
                    <View className="row">
                      <Btn kind="secondary" className="btn--small" label={`修改 ${name}`} onClick={() => r.edit(rule)}>
                        修改
                      </Btn>
                      <Btn
                        kind="danger"
                        className="btn--small"
                        label={`删除 ${name}`}
                        onClick={() => void r.remove(rule)}
                      >
                        删除
                      </Btn>
                    </View>
                  </View>
                );
              })}
            </View>
          </View>
        </StatusView>
      )}
      <View className="iss-actions">
        <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.workbench)}>
          返回诉求工作台
        </Btn>
      </View>
    </Page>
  );
}

export default function AddressRulesPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <AddressRulesPageScreen />
    </StaffOnly>
  );
}
