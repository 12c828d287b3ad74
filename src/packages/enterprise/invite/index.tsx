import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { formatMoment } from '../../../utils/format';
import { replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { OutcomeNotice } from '../../../components/Notice';
import { useInvite } from './use-invite';
import '../enterprise.scss';
import { Card } from '../../../components/Card';

/** A contact invites a colleague: a one-time code to pass on, and who already speaks for the enterprise. */
export default function Invite() {
  const { params } = useRouter();
  const enterpriseId = decodeURIComponent(params.id ?? '');
  const { contacts, invites, create, leave, busy, outcome } = useInvite(enterpriseId);

  return (
    <Page title="邀请同事">
      <View className="lead">
        同事用邀请码加入后，也能代表企业办理企业直通车的事项。每个邀请码只能用一次，3 天内有效。
      </View>
      <OutcomeNotice outcome={outcome} testId="invite-outcome" />
      <ActionBar>
        <Btn kind="primary" loading={busy === 'create'} onClick={() => void create()} testId="invite-create">
          生成邀请码
        </Btn>
      </ActionBar>
      <Card title="可以使用的邀请码">
        <StatusView loading={invites.loading && !invites.data} error={invites.error} onRetry={invites.reload}>
          {invites.data && invites.data.length === 0 ? <View className="muted">还没有可用的邀请码。</View> : null}
          {(invites.data ?? []).map((i) => (
            <View key={i.code} className="item" data-testid="invite-code">
              <View className="code">{i.code}</View>
              <View className="muted">{`${formatMoment(i.expiresAt)}前有效`}</View>
            </View>
          ))}
        </StatusView>
      </Card>
      <Card title="企业联系人">
        <StatusView loading={contacts.loading && !contacts.data} error={contacts.error} onRetry={contacts.reload}>
          {(contacts.data ?? []).map((c) => (
            <View key={`${c.name}-${c.joinedAt}`} className="item" data-testid="contact">
              {c.name}
              {c.isMe ? '（我）' : ''}
              <View className="muted">{c.joinedVia === 'registration' ? '登记企业' : '用邀请码加入'}</View>
            </View>
          ))}
        </StatusView>
      </Card>
      <View className="card stack">
        <View className="lead">换了工作、不再代表这家企业时，可以退出。企业至少要保留一位联系人。</View>
        <Btn
          kind="danger"
          loading={busy === 'leave'}
          onClick={() => void leave().then((ok) => ok && replace(PATHS.home))}
          testId="leave"
        >
          我不再代表这家企业
        </Btn>
      </View>
    </Page>
  );
}
