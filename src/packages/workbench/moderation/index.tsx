import { Image, View } from '@tarojs/components';
import { Heading } from '../../../components/Heading';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { photoSrc } from '../../../platform/photos';
import { formatMoment } from '../../../utils/format';
import { go } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import { Choices } from '../../../components/Choices';
import '../../../issues/issues.scss';
import { useModeration, type QueueItem } from './use-moderation';
import { itemRole, listRole } from '../../../components/aria';

const VIEWS = [
  { value: 'open' as const, label: '待处理' },
  { value: 'decided' as const, label: '已处理' },
];

function Item({
  item,
  busy,
  decide,
}: {
  item: QueueItem;
  busy: string | null;
  decide: (item: QueueItem, d: 'release' | 'hide', note: string) => void;
}) {
  const [note, setNote] = useState('');
  const open = item.state === 'held' || item.state === 'pending';
  return (
    <View className="card stack" {...itemRole} data-testid={`moderation-${item.id}`}>
      <Heading level={2} className="card__title">
        {item.ticketNo} · {item.stateLabel}
      </Heading>
      <Image
        className="photo__img"
        src={photoSrc(item.path)}
        mode="aspectFit"
        nativeProps={{ alt: `${item.ticketNo} 待审核的照片` }}
      />
      <View>原因：{item.reason ?? '等待内容安全检查结果'}</View>
      {item.history.map((h, i) => (
        <View key={i} className="muted">
          {formatMoment(h.at)} {h.byName}：
          {h.note || (h.action === 'released' ? '放行' : h.action === 'hidden' ? '隐藏' : '')}
        </View>
      ))}
      <Btn kind="plain" onClick={() => go(ISSUE_PATHS.staffIssue(item.issueId))}>
        查看诉求 {item.ticketNo}
      </Btn>
      <TextField
        label="处理说明（可不填）"
        value={note}
        onChange={setNote}
        maxlength={200}
        testId={`moderation-note-${item.id}`}
      />
      {open || item.state === 'hidden' ? (
        <Btn
          kind="primary"
          loading={busy === `${item.id}-release`}
          onClick={() => decide(item, 'release', note)}
          testId={`release-${item.id}`}
        >
          放行（公开这张照片）
        </Btn>
      ) : null}
      {item.state !== 'hidden' ? (
        <Btn
          kind="danger"
          loading={busy === `${item.id}-hide`}
          onClick={() => decide(item, 'hide', note)}
          testId={`hide-${item.id}`}
        >
          隐藏（任何人都看不到）
        </Btn>
      ) : null}
    </View>
  );
}

/** 内容审核: photos that did not pass the content check (or await its verdict), and staff decisions on them. */
export default function ModerationPage() {
  const m = useModeration();
  return (
    <Page title="内容审核">
      <View className="muted lead">
        居民上传的照片要通过内容安全检查才会公开。没通过的在这里，请看过后放行或隐藏，每次处理都会记下是谁、什么时候。
      </View>
      <Choices id="moderation-view" label="查看" options={VIEWS} value={m.which} onChange={m.show} />
      {m.done ? <Notice kind="ok">{m.done}</Notice> : null}
      {m.error ? <Notice kind="error">{m.error.message}</Notice> : null}
      <StatusView loading={m.queue.loading && !m.queue.data} error={m.queue.error} onRetry={m.queue.reload}>
        {m.queue.data && m.queue.data.length === 0 ? (
          <View className="card">{m.which === 'open' ? '没有待处理的内容。' : '还没有处理过的内容。'}</View>
        ) : null}
        <View {...listRole}>
          {(m.queue.data ?? []).map((item) => (
            <Item key={item.id} item={item} busy={m.busy} decide={(i, d, note) => void m.decide(i, d, note)} />
          ))}
        </View>
      </StatusView>
    </Page>
  );
}
