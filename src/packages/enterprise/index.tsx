import { View } from '@tarojs/components';
import { ActionBar } from '../../components/ActionBar';
import { Btn } from '../../components/Btn';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { go } from '../../utils/nav';
import { PATHS } from './lib/paths';
import { REQUEST_PATHS } from './request-lib/paths';
import type { EnterpriseView } from './lib/types';
import { dayWords } from './lib/words';
import { Facts } from './ui/Facts';
import { useEnterpriseHome } from './use-home';
import './enterprise.scss';
import { Card } from '../../components/Card';

function EnterpriseCard({ e }: { e: EnterpriseView }) {
  return (
    <Card title={e.name} testId={`my-enterprise-${e.id}`}>
      <View className="row">
        <View className={e.status === 'verified' ? 'tag' : 'tag tag--quiet'}>{e.statusLabel}</View>
      </View>
      <Facts
        rows={[
          ['统一社会信用代码', e.creditCode],
          ['行业和规模', `${e.industryLabel}，${e.sizeLabel}`],
          ['经营地址', e.address],
          ['包联责任人', e.liaisonName ?? (e.status === 'verified' ? '街道正在安排' : null)],
          ['最近走访', dayWords(e.lastVisitDate)],
        ]}
      />
      {e.status === 'pending' ? (
        <View className="lead">街道经济工作组正在核实，通常在 3 个工作日内完成，结果会发到“消息”里。</View>
      ) : null}
      {e.status === 'rejected' ? (
        <View className="stack">
          <View className="lead" data-testid="reject-reason">
            未通过的原因：{e.rejectReason}
          </View>
          <Btn kind="primary" onClick={() => go(PATHS.resubmit(e.id))} testId={`resubmit-${e.id}`}>
            修改后重新提交
          </Btn>
        </View>
      ) : null}
      {e.status === 'verified' ? (
        <View className="stack">
          <Btn kind="primary" onClick={() => go(REQUEST_PATHS.file(e.id))} testId={`file-request-${e.id}`}>
            提交诉求
          </Btn>
          <Btn onClick={() => go(REQUEST_PATHS.mine(e.id))} testId={`my-requests-${e.id}`}>
            我的诉求
          </Btn>
        </View>
      ) : null}
      <Btn onClick={() => go(PATHS.invite(e.id))} testId={`invite-${e.id}`}>
        邀请同事一起使用
      </Btn>
    </Card>
  );
}

/**
 * 企业直通车 for an enterprise's contact: their enterprises and where each
 * stands; registering a new one, or joining one a colleague registered.
 */
export default function EnterpriseHome() {
  const { mine } = useEnterpriseHome();
  usePullRefresh(mine);
  const none = mine.data !== null && mine.data.length === 0;

  return (
    <Page title="企业直通车">
      <View className="lead">
        企业有融资、招工、政策、场地、审批方面的难事，可以直接找街道。每家企业都有一位街道领导或责任科室一对一联系服务。
      </View>
      <StatusView loading={mine.loading && !mine.data} error={mine.error} onRetry={mine.reload}>
        {none ? (
          <View className="card" data-testid="no-enterprise">
            您还没有登记企业。企业负责人或经办人可以先登记；企业已登记过的，请让已登记的同事发给您邀请码。
          </View>
        ) : null}
        {(mine.data ?? []).map((e) => (
          <EnterpriseCard key={e.id} e={e} />
        ))}
      </StatusView>
      <ActionBar>
        <Btn kind="primary" onClick={() => go(PATHS.register)} testId="go-register">
          登记企业
        </Btn>
        <Btn onClick={() => go(PATHS.join)} testId="go-join">
          用邀请码加入
        </Btn>
      </ActionBar>
    </Page>
  );
}
