import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { PATHS } from '../lib/paths';
import { BackButton } from '../ui/Nav';
import { Tag } from '../../../components/StatusTag';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { AddWindowForm } from './AddWindowForm';
import { Stepper } from './Stepper';
import { usePartnerWindows } from './use-partner-windows';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';
import { OutcomeNotice } from '../../../components/Notice';

/** Places per half day for the next four weeks: change, close, reopen, add. */
function PartnerWindowsScreen() {
  const { params } = useRouter();
  const w = usePartnerWindows(params.serviceId ?? '');
  usePullRefresh(w.data);
  const loaded = w.data.data;
  const changed = Object.keys(w.edits).length;

  return (
    <Page title="时段和名额">
      <StatusView loading={w.data.loading && !loaded} error={w.data.error} onRetry={w.data.reload}>
        {loaded ? (
          <View>
            <View className="lead">
              {loaded.service ? `${loaded.service.name}：` : ''}每个时段最多接几位老人。名额不能少于已经约了的人数。
            </View>
            <OutcomeNotice outcome={w.outcome} testId="windows-outcome" />
            {changed > 0 ? (
              <Btn
                kind="primary"
                loading={w.busy === 'save'}
                onClick={() => void w.saveCapacities()}
                testId="save-capacities"
              >
                保存名额修改（{changed} 处）
              </Btn>
            ) : null}
            <Card title="最近四周的时段" className="spaced">
              {loaded.windows.length === 0 ? <View>最近四周还没有时段，请在下面增加。</View> : null}
              <View {...listRole}>
                {loaded.windows.map((row) => (
                  <View key={row.id} className="item" {...itemRole} data-testid={`window-row-${row.id}`}>
                    <View className="row">
                      <View className="ec-window__label">{row.label}</View>
                      {row.open ? <Tag tone="ok">开放</Tag> : <Tag tone="quiet">已停止预约</Tag>}
                    </View>
                    <View className="muted">
                      已约 {row.taken} 人，还剩 {Math.max(0, w.capacityOf(row) - row.taken)} 个名额
                    </View>
                    <View className="spaced">
                      <Stepper
                        value={w.capacityOf(row)}
                        min={Math.max(1, row.taken)}
                        max={50}
                        onChange={(next) => w.adjust(row, next - w.capacityOf(row))}
                        name={`${row.label}的名额`}
                      />
                    </View>
                    <View className="spaced">
                      {row.open ? (
                        // A stray tap must not close a window residents are booking: ask first.
                        <ConfirmStep
                          trigger="停止预约"
                          triggerLabel={`${row.label}停止预约`}
                          triggerKind="secondary"
                          question={`停止后居民不能再约${row.label}，已约好的照常上门；需要时可以重新开放。`}
                          confirm="确定停止预约"
                          keep="取消"
                          busy={w.busy === `open-${row.id}`}
                          onConfirm={async () => {
                            await w.setOpen(row, false);
                            return true;
                          }}
                          testId={`stop-${row.id}`}
                        />
                      ) : (
                        <Btn
                          kind="secondary"
                          loading={w.busy === `open-${row.id}`}
                          label={`${row.label}重新开放`}
                          onClick={() => void w.setOpen(row, true)}
                        >
                          重新开放
                        </Btn>
                      )}
                    </View>
                  </View>
                ))}
              </View>
            </Card>
            <AddWindowForm today={w.today} busy={w.busy === 'add'} onAdd={w.addWindow} />
          </View>
        ) : null}
      </StatusView>
      <BackButton fallback={PATHS.partnerServices} />
    </Page>
  );
}

export default function PartnerWindows() {
  return (
    <StaffOnly roles={STAFF_PAGES.partnerOrDistrict}>
      <PartnerWindowsScreen />
    </StaffOnly>
  );
}
