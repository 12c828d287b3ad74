import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../components/Btn';
import { CareModeSwitch } from '../../components/CareModeSwitch';
import { CareOffer } from '../../components/CareOffer';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { FEATURES, SHORTCUTS, type HomeEntry } from '../../features';
import { callPhone } from '../../platform/phone';
import { go } from '../../utils/nav';
import { useHome } from './use-home';
import { itemRole, listRole } from '../../components/aria';
import { Card } from '../../components/Card';

function Tile({ entry }: { entry: HomeEntry }) {
  return (
    <Btn kind="plain" className="tile" onClick={() => go(entry.url)} testId={`entry-${entry.key}`}>
      <View className="tile__icon" {...{ 'aria-hidden': 'true' }}>
        {entry.glyph}
      </View>
      <View className="tile__name">{entry.name}</View>
    </Btn>
  );
}

function Hotline({ name, phone }: { name: string; phone: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <View {...itemRole}>
      <Btn
        kind="secondary"
        className="hotline"
        label={`拨打${name} ${phone}`}
        onClick={() => void callPhone(phone).then((ok) => setFailed(!ok))}
        testId="hotline"
      >
        <View className="hotline__name">{name}</View>
        <View className="hotline__phone">{phone}</View>
      </Btn>
      {failed ? (
        <View className="muted" {...{ role: 'status' }}>
          没能自动拨出，请手动拨打 {phone}。
        </View>
      ) : null}
    </View>
  );
}

export default function Home() {
  const { data, loading, error, reload } = useHome();
  return (
    <Page title="湖岛街道 · 党群e家">
      <CareModeSwitch compact />
      <CareOffer />
      <View className="tiles" {...{ role: 'list', 'aria-label': '办事入口' }}>
        {[...FEATURES, ...SHORTCUTS].map((entry) => (
          <View key={entry.key} className="tiles__cell" {...itemRole}>
            <Tile entry={entry} />
          </View>
        ))}
      </View>

      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data ? (
          <View>
            <Card title="我的近期安排" testId="coming-up">
              {data.upcoming.length === 0 ? <View className="muted">近期没有预约、报名或正在办理的反映。</View> : null}
              {data.upcoming.map((item) => (
                <Btn
                  key={item.key}
                  kind="plain"
                  className="upcoming"
                  onClick={() => go(item.url)}
                  testId={`upcoming-${item.key}`}
                >
                  <View className="muted">{item.kind}</View>
                  <View className="upcoming__title">{item.title}</View>
                  <View>{item.detail}</View>
                </Btn>
              ))}
            </Card>

            {data.unread > 0 ? (
              <Btn
                kind="plain"
                className="card notice"
                onClick={() => go('/pages/messages/index')}
                testId="home-unread"
              >
                您有 {data.unread} 条未读消息，点这里查看
              </Btn>
            ) : null}

            {data.hotlines.length > 0 ? (
              <Card title="服务热线">
                <View className="muted lead">有事也可以直接打电话，点一下就能拨出。</View>
                <View className="stack" {...listRole}>
                  {data.hotlines.map((h) => (
                    <Hotline key={h.phone} name={h.name} phone={h.phone} />
                  ))}
                </View>
              </Card>
            ) : null}
          </View>
        ) : null}
      </StatusView>
    </Page>
  );
}
