import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { call } from '../../../api/client';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { useResource } from '../../../hooks/use-resource';
import { go } from '../../../utils/nav';
import { REQUEST_PATHS } from '../request-lib/paths';
import { RequestList } from '../request-lib/RequestList';
import type { RequestRow } from '../request-lib/types';

/** 我的诉求: the enterprise's requests, newest first, and the way to file a new one. */
export default function MyRequestsPage() {
  const enterpriseId = useRouter().params.enterpriseId || undefined;
  const rows = useResource<RequestRow[]>(() => call('enterprise', 'myRequests', enterpriseId ? { enterpriseId } : {}));
  return (
    <Page title="我的诉求">
      <Btn kind="primary" onClick={() => go(REQUEST_PATHS.file(enterpriseId))} testId="request-new">
        提交新诉求
      </Btn>
      <StatusView loading={rows.loading && !rows.data} error={rows.error} onRetry={rows.reload}>
        {rows.data ? (
          <RequestList
            rows={rows.data}
            showEnterprise={false}
            onOpen={(id) => go(REQUEST_PATHS.request(id))}
            empty="还没有提交过诉求。融资、招工、政策、场地、审批等方面的困难，都可以在这里提给街道。"
          />
        ) : null}
      </StatusView>
      <View className="muted spaced">诉求由企业的包联干部和责任部门办理，超时会由街道经济工作组督办。</View>
    </Page>
  );
}
