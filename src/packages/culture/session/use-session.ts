import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { ApiError, toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { addToCalendar } from '../../../platform/calendar';
import { subscribeFor } from '../../../platform/subscribe';
import type { SessionPage } from '../lib/types';
import type { Outcome } from '../../../components/Notice';

export type SessionAction = 'enrolSession' | 'cancelEnrolment' | 'leaveWaitlist' | 'acceptOffer' | 'declineOffer';

/** What to tell the resident after each action, from the state the server answered with. */
export function outcomeText(action: SessionAction, reply: SessionPage): string {
  const mine = reply.mine;
  switch (action) {
    case 'enrolSession':
      return mine?.state === 'waitlisted'
        ? `名额已满，您已排在候补第 ${mine.position ?? '?'} 位。有人取消时，名额按顺序留给候补的人，我们会发消息通知您。`
        : `报名成功！签到码是 ${mine?.checkinCode ?? ''}，活动当天出示给工作人员即可。`;
    case 'cancelEnrolment':
      return '已取消报名，名额会让给候补的居民。';
    case 'leaveWaitlist':
      return '已退出候补。';
    case 'acceptOffer':
      return `确认成功，您已报名！签到码是 ${mine?.checkinCode ?? ''}。`;
    case 'declineOffer':
      return '已放弃这个名额，名额会顺延给下一位候补的居民。';
  }
}

/** One session or event: its facts, my place in it, and what I can do. */
export function useSession(sessionId: string) {
  const session = useResource<SessionPage>(() => call('culture', 'session', { sessionId }), {
    enabled: Boolean(sessionId),
  });
  const [busy, setBusy] = useState<SessionAction | 'calendar' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { setData, reload } = session;

  const act = useCallback(
    async (action: SessionAction) => {
      // Signing up or taking a freed place: ask (while the tap is handled) to hear of offers, the reminder and changes.
      if (action === 'enrolSession' || action === 'acceptOffer') await subscribeFor('cultureSignup');
      setBusy(action);
      setOutcome(null);
      try {
        const reply = await call('culture', action, { sessionId });
        setData(() => reply);
        setOutcome({ ok: true, text: outcomeText(action, reply) });
      } catch (err) {
        setOutcome({ ok: false, text: toApiError(err).message });
        // The refusal often means the state moved on (an offer lapsed, the list filled): show the new state.
        reload();
      } finally {
        setBusy(null);
      }
    },
    [sessionId, setData, reload],
  );

  const calendar = useCallback(async () => {
    setBusy('calendar');
    setOutcome(null);
    try {
      const entry = await call('culture', 'calendar', { sessionId });
      const result = await addToCalendar(entry);
      if (result === 'added') setOutcome({ ok: true, text: '已加入手机日历，活动开始前 1 小时会提醒您。' });
      if (result === 'downloaded')
        setOutcome({ ok: true, text: '日历文件已下载。打开它，就能把活动加入手机或电脑的日历。' });
    } catch (err) {
      // A refusal of the phone's calendar is not a server error: say what the resident can check.
      const text = err instanceof ApiError ? err.message : '请在微信设置里允许使用日历后再试';
      setOutcome({ ok: false, text: `没能加入日历：${text}` });
    } finally {
      setBusy(null);
    }
  }, [sessionId]);

  return { session, busy, outcome, act, calendar };
}
