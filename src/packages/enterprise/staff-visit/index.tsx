import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { PickerField, todayInShanghai } from '../../../components/PickerField';
import { StaffOnly } from '../../../components/StaffOnly';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { backTo } from '../../../utils/nav';
import { PATHS, STAFF_ROLES } from '../lib/paths';
import { OutcomeNotice } from '../../../components/Notice';
import { useVisitForm, type VisitDraft } from './use-visit-form';
import '../enterprise.scss';

/** How far back a visit may be logged (the server refuses older dates with the same number). */
const BACKDATE_DAYS = 30;

/** 记录走访 (街道干部进百企): when, who went, who they met, what they found (one finding per line). */
function VisitScreen({ enterpriseId }: { enterpriseId: string }) {
  const { enterprise, submit, busy, outcome } = useVisitForm(enterpriseId);
  const today = todayInShanghai();
  const earliest = todayInShanghai(Date.now() - BACKDATE_DAYS * 86_400_000);
  const [draft, setDraft] = useState<VisitDraft>({ date: today, visitors: '', peopleMet: '', findings: '' });
  const [saved, setSaved] = useState(false);
  const set =
    <K extends keyof VisitDraft>(key: K) =>
    (value: VisitDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const send = async () => {
    if (await submit(draft)) setSaved(true);
  };

  return (
    <Page title="记录走访">
      <StatusView loading={enterprise.loading && !enterprise.data} error={enterprise.error} onRetry={enterprise.reload}>
        <View className="lead">{enterprise.data?.name}</View>
        <OutcomeNotice outcome={outcome} testId="visit-outcome" />
        {saved ? (
          <ActionBar>
            <Btn kind="primary" onClick={() => backTo(PATHS.staffEnterprise(enterpriseId))} testId="visit-done">
              返回企业详情
            </Btn>
          </ActionBar>
        ) : (
          <View className="card stack">
            <PickerField
              label="走访日期"
              mode="date"
              value={draft.date}
              onChange={set('date')}
              start={earliest}
              end={today}
              testId="visit-date"
            />
            <TextField
              label="走访人员"
              value={draft.visitors}
              onChange={set('visitors')}
              placeholder="例如 王立新、高磊"
              maxlength={60}
              testId="visit-visitors"
            />
            <TextField
              label="见到的企业人员"
              value={draft.peopleMet}
              onChange={set('peopleMet')}
              placeholder="姓名和职务，例如 马晓东（人事经理）"
              maxlength={100}
              testId="visit-people"
            />
            <AreaField
              label="走访发现（每行一条）"
              value={draft.findings}
              onChange={set('findings')}
              placeholder="例如：旺季前需要招焊工 20 人"
              maxlength={1000}
              testId="visit-findings"
            />
            <ActionBar>
              <Btn kind="primary" loading={busy} onClick={() => void send()} testId="visit-submit">
                保存走访记录
              </Btn>
            </ActionBar>
          </View>
        )}
      </StatusView>
    </Page>
  );
}

export default function StaffVisit() {
  const { params } = useRouter();
  return (
    <StaffOnly roles={STAFF_ROLES}>
      <VisitScreen enterpriseId={decodeURIComponent(params.enterpriseId ?? '')} />
    </StaffOnly>
  );
}
