import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { AreaField } from '../../../components/TextField';
import { useMe } from '../../../hooks/use-me';
import { go } from '../../../utils/nav';
import { OFFICE_ROLES, PATHS, STAFF_ROLES } from '../lib/paths';
import { dayWords } from '../lib/words';
import { Facts } from '../ui/Facts';
import { OutcomeNotice } from '../../../components/Notice';
import { FINDING_TYPES, useStaffEnterprise, type FindingType } from './use-staff-enterprise';
import '../enterprise.scss';
import { Card } from '../../../components/Card';

/** 企业详情 for staff: check and decide a registration, assign its liaison, see contacts and visits, log a visit. */
function StaffEnterpriseScreen({ enterpriseId }: { enterpriseId: string }) {
  const me = useMe();
  const office = me.data?.roles.some((r) => (OFFICE_ROLES as readonly string[]).includes(r.role)) ?? false;
  const { enterprise, contacts, visits, liaisons, verify, reject, assign, fileFinding, busy, outcome } =
    useStaffEnterprise(enterpriseId, office);
  const [filing, setFiling] = useState<{ visitId: string; findingId: string; type: FindingType | null } | null>(null);
  const [reason, setReason] = useState('');
  const [liaisonId, setLiaisonId] = useState<string | null>(null);
  const e = enterprise.data;

  return (
    <Page title={e?.name ?? '企业详情'}>
      <OutcomeNotice outcome={outcome} testId="staff-enterprise-outcome" />
      <StatusView loading={enterprise.loading && !e} error={enterprise.error} onRetry={enterprise.reload}>
        {e ? (
          <View className="card">
            <View className="row">
              <View className={e.status === 'verified' ? 'tag' : 'tag tag--quiet'} data-testid="enterprise-status">
                {e.statusLabel}
              </View>
              {e.demo ? <View className="tag tag--quiet">演示数据</View> : null}
            </View>
            <Facts
              rows={[
                ['统一社会信用代码', e.creditCode],
                ['行业', e.industryLabel],
                ['规模', e.sizeLabel],
                ['经营地址', e.address],
                ['联系人', `${e.contactName} ${e.contactPhone}`],
                ['包联责任人', e.liaisonName ?? '未安排'],
                ['最近走访', dayWords(e.lastVisitDate) ?? '从未走访'],
                ['未通过原因', e.rejectReason],
              ]}
            />
          </View>
        ) : null}

        {e && office && e.status === 'pending' ? (
          <Card title="核实登记" className="stack" testId="decide">
            <View className="lead">
              请对照营业执照或国家企业信用信息公示系统，核对企业名称、统一社会信用代码和地址。
            </View>
            <Btn kind="primary" loading={busy === 'verify'} onClick={() => void verify()} testId="verify">
              核实通过
            </Btn>
            <AreaField
              label="不通过的原因（企业会看到）"
              value={reason}
              onChange={setReason}
              placeholder="例如：地址与营业执照不符"
              maxlength={200}
              testId="reject-reason-input"
            />
            <Btn
              kind="danger"
              loading={busy === 'reject'}
              onClick={() => void reject(reason).then((ok) => ok && setReason(''))}
              testId="reject"
            >
              不通过
            </Btn>
          </Card>
        ) : null}

        {e && office && e.status === 'verified' ? (
          <Card title="安排包联" className="stack" testId="assign">
            <StatusView loading={liaisons.loading && !liaisons.data} error={liaisons.error} onRetry={liaisons.reload}>
              <Choices
                id="assign-liaison"
                label="包联责任人"
                options={(liaisons.data ?? []).map((l) => ({
                  value: l.id,
                  label: l.kind === 'leader' ? `${l.name}（${l.title}）` : l.name,
                }))}
                value={liaisonId ?? e.liaisonId}
                onChange={setLiaisonId}
              />
              <Btn
                kind="primary"
                loading={busy === 'assign'}
                onClick={() => void assign(liaisonId)}
                testId="assign-submit"
              >
                确定包联
              </Btn>
            </StatusView>
          </Card>
        ) : null}

        {e && e.status === 'verified' ? (
          <ActionBar>
            <Btn kind="primary" onClick={() => go(PATHS.staffVisit(e.id))} testId="log-visit">
              记录走访
            </Btn>
          </ActionBar>
        ) : null}

        <Card title="走访记录">
          <StatusView loading={visits.loading && !visits.data} error={visits.error} onRetry={visits.reload}>
            {visits.data && visits.data.length === 0 ? <View className="muted">还没有走访记录。</View> : null}
            {(visits.data ?? []).map((v) => (
              <View key={v.id} className="item" data-testid="visit">
                <View className="card__title">{dayWords(v.date)}</View>
                <Facts
                  rows={[
                    ['走访人员', v.visitors],
                    ['见到', v.peopleMet],
                  ]}
                />
                {v.findings.map((f) => {
                  const open = filing?.visitId === v.id && filing.findingId === f.id;
                  return (
                    <View key={f.id} className="stack" data-testid={`finding-${v.id}-${f.id}`}>
                      <View className="lead">{`· ${f.text}`}</View>
                      {f.requestId ? <View className="tag tag--quiet">已转为诉求</View> : null}
                      {!f.requestId && !open ? (
                        <Btn
                          onClick={() => setFiling({ visitId: v.id, findingId: f.id, type: null })}
                          label={`把“${f.text}”转为诉求`}
                        >
                          转为诉求
                        </Btn>
                      ) : null}
                      {open ? (
                        <View className="stack">
                          <Choices
                            id={`finding-type-${v.id}-${f.id}`}
                            label="诉求类型"
                            options={FINDING_TYPES}
                            value={filing.type}
                            onChange={(type) => setFiling({ ...filing, type })}
                          />
                          <Btn
                            kind="primary"
                            loading={busy === `file-${v.id}-${f.id}`}
                            disabled={!filing.type}
                            onClick={() =>
                              void fileFinding(v.id, f.id, filing.type!).then((ok) => ok && setFiling(null))
                            }
                          >
                            确定转为诉求
                          </Btn>
                        </View>
                      ) : null}
                    </View>
                  );
                })}
              </View>
            ))}
          </StatusView>
        </Card>

        <Card title="企业联系人">
          <StatusView loading={contacts.loading && !contacts.data} error={contacts.error} onRetry={contacts.reload}>
            {(contacts.data ?? []).map((c) => (
              <View key={`${c.name}-${c.joinedAt}`} className="item">
                {`${c.name}${c.phone ? ` ${c.phone}` : ''}`}
              </View>
            ))}
          </StatusView>
        </Card>
      </StatusView>
    </Page>
  );
}

export default function StaffEnterprise() {
  const { params } = useRouter();
  return (
    <StaffOnly roles={STAFF_ROLES}>
      <StaffEnterpriseScreen enterpriseId={decodeURIComponent(params.id ?? '')} />
    </StaffOnly>
  );
}
