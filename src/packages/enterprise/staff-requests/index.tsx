import { View } from '@tarojs/components';
import { call } from '../../../api/client';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { go } from '../../../utils/nav';
import { REQUEST_PATHS } from '../request-lib/paths';
import { RequestList } from '../request-lib/RequestList';
import { RequestStaffOnly } from '../request-lib/StaffGuard';
import type { QueueReply, QueueView } from '../request-lib/types';

const VIEWS: Array<{ value: QueueView; label: string }> = [
  { value: 'open', label: '办理中' },
  { value: 'overdue', label: '已超时' },
  { value: 'solved', label: '已办结' },
  { value: 'all', label: '全部' },
];

/** The staff queue:督办 and the nearest deadlines first; a liaison sees their enterprises and their department's requests. */
function RequestsScreen() {
  const {
    filter,
    setFilter,
    resource: queue,
  } = useFilteredResource<{ view: QueueView; page: number }, QueueReply>({ view: 'open', page: 1 }, (f) =>
    call('enterprise', 'requestQueue', f),
  );
  const { view, page } = filter;
  const choose = (next: QueueView) => setFilter({ view: next, page: 1 });
  const more = (delta: number) => setFilter((f) => ({ ...f, page: Math.max(1, f.page + delta) }));

  return (
    <Page title="企业诉求">
      <Choices id="queue-view" label="列表" options={VIEWS} value={view} onChange={choose} />
      <StatusView loading={queue.loading && !queue.data} error={queue.error} onRetry={queue.reload}>
        {queue.data ? (
          <RequestList
            rows={queue.data.rows}
            showEnterprise
            onOpen={(id) => go(REQUEST_PATHS.handle(id))}
            empty="这个列表里没有诉求。"
          />
        ) : null}
      </StatusView>
      <View className="row spaced">
        {page > 1 ? (
          <Btn kind="secondary" onClick={() => more(-1)}>
            上一页
          </Btn>
        ) : null}
        {queue.data?.hasMore ? (
          <Btn kind="secondary" onClick={() => more(1)} testId="queue-next">
            下一页
          </Btn>
        ) : null}
      </View>
      <Btn kind="secondary" onClick={() => go(REQUEST_PATHS.stats)} testId="open-request-stats">
        诉求统计与导出
      </Btn>
    </Page>
  );
}

export default function RequestsPage() {
  return (
    <RequestStaffOnly>
      <RequestsScreen />
    </RequestStaffOnly>
  );
}
