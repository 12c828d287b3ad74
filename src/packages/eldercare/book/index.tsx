import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { errorWords, isUncertain, refusalWords } from '../lib/words';
import { AreaField } from '../../../components/TextField';
import { BackButton } from '../ui/Nav';
import { heading2, Notice } from '../ui/Notice';
import { useBook } from './use-book';
import { WindowWeek } from './WindowWeek';
import '../eldercare.scss';

export default function BookService() {
  const { params } = useRouter();
  const elderId = params.elderId ?? '';
  const serviceId = params.serviceId ?? '';
  const { data, busy, error, book, isRetry } = useBook(elderId, serviceId);
  const [windowId, setWindowId] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const loaded = data.data;
  const service = loaded?.row?.service;
  const open = (loaded?.windows ?? []).filter((w) => w.bookable);
  const chosen = open.find((w) => w.id === windowId) ?? null;
  const retrying = chosen ? isRetry(chosen.id) : false;

  const submit = async () => {
    if (!chosen) {
      setProblem('请先选择上门时间。');
      return;
    }
    setProblem(null);
    const booking = await book(chosen.id, notes);
    if (booking) replace(`${PATHS.booking(booking.id)}&created=1`);
  };

  const errorText = error ? (isUncertain(error) ? '网络不好，不知道预约有没有提交成功。请点“再试一次”，不会重复预约。' : errorWords(error)) : problem;

  return (
    <Page title={service ? `预约${service.name}` : '预约服务'}>
      <StatusView loading={data.loading && !loaded} error={data.error} onRetry={data.reload}>
        {loaded && service ? (
          <View>
            <View className="lead" data-testid="book-for">
              为{loaded.elder.name}预约{service.partner.name}的{service.name}。
            </View>
            {loaded.row && !loaded.row.bookable ? (
              <View className="notice">{refusalWords(loaded.row.refusal?.reason, loaded.row.refusal?.details as Record<string, unknown> | undefined, loaded.row.refusal?.message ?? '')}</View>
            ) : (
              <View>
                <View className="card">
                  <View className="card__title" id="window-label" {...heading2}>
                    第 1 步：选择上门时间
                  </View>
                  <View className="muted lead">上午是 9:00 到 12:00，下午是 14:00 到 17:00。灰色的时间不能约，上面写着原因。</View>
                  {open.length === 0 ? (
                    <View className="notice" data-testid="no-windows">
                      最近的时间都约满了，或者还没有开放。请过几天再来看看，也可以先预约别的服务。
                    </View>
                  ) : null}
                  {(loaded.windows ?? []).length > 0 ? <WindowWeek windows={loaded.windows} chosenId={windowId} onChoose={setWindowId} labelledBy="window-label" /> : null}
                </View>

                <View className="card">
                  <View className="card__title" {...heading2}>
                    第 2 步：想告诉服务人员的话（可不填）
                  </View>
                  <AreaField inputClass="ec-area" label="备注" value={notes} onChange={setNotes} placeholder="例如：老人腿脚不便，请敲门后多等一会儿" testId="book-notes" />
                </View>

                <View className="card">
                  <View className="card__title" {...heading2}>
                    第 3 步：提交
                  </View>
                  <View className="lead">
                    {chosen ? `上门时间：${chosen.label}。` : '还没有选择上门时间。'}提交后由{service.partner.name}确认，确认后会发消息告诉您。上门前 {service.cancelCutoffHours} 小时以前可以在网上取消。
                  </View>
                  <Notice ok={false} text={errorText} testId="book-error" />
                </View>
                <ActionBar>
                  <Btn kind="primary" loading={busy} onClick={() => void submit()} testId="book-submit">
                    {retrying ? '再试一次' : '提交预约'}
                  </Btn>
                </ActionBar>
              </View>
            )}
          </View>
        ) : null}
        {loaded && !service ? <View className="card">这项服务现在没有开放预约。</View> : null}
      </StatusView>
      <BackButton fallback={elderId ? PATHS.services(elderId) : PATHS.home} />
    </Page>
  );
}
