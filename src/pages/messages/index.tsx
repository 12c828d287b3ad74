import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Fragment } from 'react';
import type { InboxMessage } from '../../api/types';
import { Btn } from '../../components/Btn';
import { CallButton } from '../../components/CallButton';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { useInbox } from '../../hooks/use-inbox';
import { formatMoment } from '../../utils/format';
import { go } from '../../utils/nav';
import { usePullRefresh } from '../../hooks/use-pull-refresh';

export default function Messages() {
  const { data, loading, error, reload, markRead } = useInbox();
  usePullRefresh({ reload, loading });

  // Opening a message marks it read and, when it is about something, goes there.
  const open = async (message: InboxMessage) => {
    const failed = await markRead(message);
    if (failed) void Taro.showToast({ title: failed.message, icon: 'none', duration: 3000 });
    if (message.page) go(message.page);
  };

  return (
    <Page title="消息">
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data && data.messages.length === 0 ? (
          <View className="card">暂时没有消息。社区给您的通知会出现在这里。</View>
        ) : null}
        {data && data.messages.length > 0 ? (
          <View>
            <View className="muted lead">
              {data.unread > 0 ? `您有 ${data.unread} 条未读消息，点开可查看详情。` : '消息都已读过。'}
            </View>
            {data.messages.map((m) => (
              <Fragment key={m.id}>
                <Btn
                  kind="plain"
                  className={`msg ${m.read ? 'msg--read' : 'msg--unread'}`}
                  onClick={() => void open(m)}
                  testId={`message-${m.id}`}
                >
                  <View className="msg__title">
                    {m.read ? null : <Text className="tag">未读</Text>}
                    {m.title}
                  </View>
                  <View>{m.body}</View>
                  <View className="msg__meta">{formatMoment(m.createdAt)}</View>
                </Btn>
                {m.phone ? <CallButton name="服务方" phone={m.phone} testId={`call-${m.id}`} /> : null}
              </Fragment>
            ))}
          </View>
        ) : null}
      </StatusView>
    </Page>
  );
}
