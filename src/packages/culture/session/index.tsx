import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { needsLogin } from '../../../auth/session';
import { Btn } from '../../../components/Btn';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { momentLabel } from '../lib/format';
import { go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { MyEnrolment, SessionPage } from '../lib/types';
import { CheckinCode } from '../ui/CheckinCode';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { placesText } from '../ui/ItemCard';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { SHARE_PICTURES, useShare } from '../../../platform/share';
import { useSession, type SessionAction } from './use-session';
import { OutcomeNotice } from '../../../components/Notice';
import { Facts } from '../../../components/Facts';

const SESSION_PAGE = '/packages/culture/session/index';

export default function SessionPageView() {
  const { params } = useRouter();
  const sessionId = params.id ?? '';
  const { session, busy, outcome, act, calendar } = useSession(sessionId);
  const data = session.data;
  const signedOut = needsLogin();
  const shared = { page: SESSION_PAGE, query: { id: sessionId }, imageUrl: SHARE_PICTURES.culture };
  // The title says what and when, so a chat knows at a glance; the card's picture says it is the street's culture programme.
  useShare(data ? { ...shared, title: `${data.session.title}（${momentLabel(data.session.startsAt)}）` } : null, {
    ...shared,
    title: '湖岛街道文化活动报名',
  });

  // Public: a shared link shows the event to anyone; signing up asks to log in (LoginPrompt).
  return (
    <Page title={data?.session.title ?? '活动报名'} requireLogin={false}>
      {!sessionId ? <View className="notice">没有指定活动，请从活动列表进入。</View> : null}
      <StatusView loading={session.loading && !data} error={session.error} onRetry={session.reload}>
        {data ? (
          <View>
            <SessionFacts data={data} />
            <Card title="我的报名" testId="my-place">
              <OutcomeNotice outcome={outcome} testId="session-outcome" />
              {signedOut ? (
                <LoginPrompt action="报名" back={CULTURE_PATHS.session(sessionId)} />
              ) : (
                <MyPlace data={data} busy={busy} act={(a) => void act(a)} />
              )}
            </Card>
            {data.session.status !== 'cancelled' ? (
              <Btn kind="secondary" loading={busy === 'calendar'} onClick={() => void calendar()} testId="add-calendar">
                加入日历
              </Btn>
            ) : null}
          </View>
        ) : null}
      </StatusView>
      <View className="stack spaced">
        {signedOut ? null : (
          <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.mine)}>
            我的课程和报名
          </Btn>
        )}
        <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.catalogue)}>
          看看其他活动
        </Btn>
      </View>
    </Page>
  );
}

function SessionFacts({ data }: { data: SessionPage }) {
  const s = data.session;
  return (
    <Card>
      <View className="cu-item__tags">
        <View className="tag">{s.kind === 'event' ? '线下活动' : '线下课程'}</View>
        <View className="tag tag--quiet">{s.series ?? s.categoryName}</View>
      </View>
      <Facts
        rows={[
          ['时间', s.when],
          ['地点', s.venue],
          ['组织', s.organiser],
          [
            '名额',
            <View key="places" data-testid="places">
              {s.status === 'cancelled' ? '活动已取消' : placesText(s)}
            </View>,
          ],
        ]}
      />
      {s.status === 'cancelled' ? (
        <View className="notice" {...{ role: 'alert' }}>
          这场活动已取消{s.cancelReason ? `：${s.cancelReason}` : '。'}
        </View>
      ) : null}
      {s.description ? <View className="spaced">{s.description}</View> : null}
      {s.status !== 'cancelled' ? (
        <View className="muted spaced">
          报名截止：{momentLabel(s.signupClosesAt)}；报名后如不能参加，请在 {momentLabel(s.cancelDeadline)} 前取消。
        </View>
      ) : null}
    </Card>
  );
}

interface MyPlaceProps {
  data: SessionPage;
  busy: SessionAction | 'calendar' | null;
  act: (action: SessionAction) => void;
}

/** What I hold in this session and what I can do next, one state at a time. */
function MyPlace({ data, busy, act }: MyPlaceProps) {
  const { session: s, mine } = data;
  const state = mine?.state ?? null;

  if (state === 'enrolled' || state === 'attended')
    return <Enrolled mine={mine!} busy={busy} act={act} cancelDeadline={s.cancelDeadline} />;
  if (state === 'waitlisted') {
    return (
      <View className="stack">
        <View className="cu-state" data-testid="my-state">
          您在候补名单第 <Text className="cu-state__number">{mine!.position ?? '?'}</Text> 位
        </View>
        <View>有人取消时，名额按顺序留给候补的人。轮到您时我们会发消息，请在规定时间内确认。</View>
        {mine!.canLeaveWaitlist ? (
          <ConfirmStep
            trigger="退出候补"
            question="退出后就不再排队了。确定退出候补吗？"
            confirm="确定退出"
            keep="继续候补"
            busy={busy === 'leaveWaitlist'}
            onConfirm={() => act('leaveWaitlist')}
          />
        ) : null}
      </View>
    );
  }
  if (state === 'offered') {
    return (
      <View className="stack">
        <View className="cu-state cu-state--offer" data-testid="my-state">
          有名额空出来了，为您保留到 {momentLabel(mine!.offerExpiresAt)}
        </View>
        <View>请在这之前确认是否参加。过了时间没有确认，名额会顺延给下一位。</View>
        {mine!.canAnswerOffer ? (
          <>
            <Btn
              kind="primary"
              loading={busy === 'acceptOffer'}
              onClick={() => act('acceptOffer')}
              testId="accept-offer"
            >
              确认参加
            </Btn>
            <ConfirmStep
              trigger="放弃名额"
              question="放弃后名额会让给下一位。确定放弃吗？"
              confirm="确定放弃"
              keep="再想想"
              busy={busy === 'declineOffer'}
              onConfirm={() => act('declineOffer')}
            />
          </>
        ) : (
          <View className="notice">确认时间已过，名额将顺延给下一位。</View>
        )}
      </View>
    );
  }
  if (state === 'no_show') {
    return (
      <View className="cu-state" data-testid="my-state">
        这次活动您被记为缺席。如有误，请联系组织方。
      </View>
    );
  }

  // Not signed up, or cancelled earlier (one may sign up again, at the back of the queue).
  const wasCancelled = state === 'cancelled';
  const open = s.signup === 'open';
  const queue = s.full || s.waitingCount > 0;
  return (
    <View className="stack">
      <View className="cu-state" data-testid="my-state">
        {wasCancelled ? `您已取消（${mine!.cancelReasonLabel ?? '已取消'}）` : '您还没有报名'}
      </View>
      {open ? (
        <>
          {queue ? <View>名额已满。可以先排队候补，有人取消时按顺序递补。</View> : null}
          <Btn
            kind="primary"
            loading={busy === 'enrolSession'}
            onClick={() => act('enrolSession')}
            testId="enrol-session"
          >
            {queue ? '加入候补' : wasCancelled ? '重新报名' : '报名'}
          </Btn>
        </>
      ) : (
        <View className="notice">{s.signupLabel}，现在不能报名。</View>
      )}
    </View>
  );
}

function Enrolled({
  mine,
  busy,
  act,
  cancelDeadline,
}: {
  mine: MyEnrolment;
  busy: MyPlaceProps['busy'];
  act: MyPlaceProps['act'];
  cancelDeadline: string;
}) {
  return (
    <View className="stack">
      <View className="cu-state cu-state--ok" data-testid="my-state">
        {mine.state === 'attended' ? '已签到，欢迎参加！' : '您已报名'}
      </View>
      {mine.checkinCode ? <CheckinCode code={mine.checkinCode} qr={mine.checkinQr} /> : null}
      {mine.state === 'enrolled' ? (
        mine.canCancel ? (
          <>
            <View className="muted">如不能参加，请在 {momentLabel(cancelDeadline)} 前取消，把名额让给别人。</View>
            <ConfirmStep
              trigger="取消报名"
              question="取消后名额会让给候补的居民，再报名要重新排队。确定取消吗？"
              confirm="确定取消报名"
              keep="不取消"
              busy={busy === 'cancelEnrolment'}
              onConfirm={() => act('cancelEnrolment')}
              testId="cancel-enrolment"
            />
          </>
        ) : (
          <View className="muted">已过取消截止时间（{momentLabel(cancelDeadline)}）。如不能参加，请联系组织方。</View>
        )
      ) : null}
    </View>
  );
}
