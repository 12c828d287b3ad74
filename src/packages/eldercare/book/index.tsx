import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Heading } from '../../../components/Heading';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { errorWords, isUncertain, refusalWords } from '../lib/words';
import { CallButton } from '../../../components/CallButton';
import { AreaField } from '../../../components/TextField';
import { BackButton } from '../ui/Nav';
import { useBook } from './use-book';
import { WindowWeek } from './WindowWeek';
import '../eldercare.scss';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';

export default function BookService() {
  const { params } = useRouter();
  const elderId = params.elderId ?? '';
  const serviceId = params.serviceId ?? '';
  const { data, busy, error, book, isRetry } = useBook(elderId, serviceId);
  const [windowId, setWindowId] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // A window inside the cancellation cut-off cannot be cancelled online once booked: say so and ask first.
  const [askingLate, setAskingLate] = useState(false);

  const loaded = data.data;
  const service = loaded?.row?.service;
  const open = (loaded?.windows ?? []).filter((w) => w.bookable);
  const chosen = open.find((w) => w.id === windowId) ?? null;
  const retrying = chosen ? isRetry(chosen.id) : false;

  const late = chosen ? !chosen.cancellableOnline : false;

  const submit = async (lateConfirmed = false) => {
    if (!chosen) {
      setProblem('请先选择上门时间。');
      return;
    }
    setProblem(null);
    if (late && !lateConfirmed) {
      setAskingLate(true);
      return;
    }
    setAskingLate(false);
    const booking = await book(chosen.id, notes);
    if (booking) replace(`${PATHS.booking(booking.id)}&created=1`);
  };

  const errorText = error
    ? isUncertain(error)
      ? '网络不好，不知道预约有没有提交成功。请点“再试一次”，不会重复预约。'
      : errorWords(error)
    : problem;

  return (
    <Page title={service ? `预约${service.name}` : '预约服务'}>
      <StatusView loading={data.loading && !loaded} error={data.error} onRetry={data.reload}>
        {loaded && service ? (
          <View>
            <View className="lead" data-testid="book-for">
              为{loaded.elder.name}预约{service.partner.name}的{service.name}。
            </View>
            {loaded.row && !loaded.row.bookable ? (
              <View className="notice">
                {refusalWords(
                  loaded.row.refusal?.reason,
                  loaded.row.refusal?.details as Record<string, unknown> | undefined,
                  loaded.row.refusal?.message ?? '',
                )}
              </View>
            ) : (
              <View>
                <View className="card">
                  <Heading level={2} className="card__title" id="window-label">
                    第 1 步：选择上门时间
                  </Heading>
                  <View className="muted lead">
                    上午是 9:00 到 12:00，下午是 14:00 到 17:00。灰色的时间不能约，上面写着原因。
                  </View>
                  {open.length === 0 ? (
                    <View className="notice" data-testid="no-windows">
                      最近的时间都约满了，或者还没有开放。请过几天再来看看，也可以先预约别的服务。
                    </View>
                  ) : null}
                  {(loaded.windows ?? []).length > 0 ? (
                    <WindowWeek
                      windows={loaded.windows}
                      chosenId={windowId}
                      onChoose={(id) => {
                        setWindowId(id);
                        setAskingLate(false);
                      }}
                      labelledBy="window-label"
                    />
                  ) : null}
                </View>

                <Card title="第 2 步：想告诉服务人员的话（可不填）">
                  <AreaField
                    inputClass="ec-area"
                    label="备注"
                    value={notes}
                    onChange={setNotes}
                    placeholder="例如：老人腿脚不便，请敲门后多等一会儿"
                    testId="book-notes"
                  />
                </Card>

                <Card title="第 3 步：提交">
                  <View className="lead">
                    {chosen ? `上门时间：${chosen.label}。` : '还没有选择上门时间。'}提交后由{service.partner.name}
                    确认，确认后会发消息告诉您。上门前 {service.cancelCutoffHours} 小时以前可以在网上取消。
                  </View>
                  {late ? (
                    <View className="notice stack" {...{ role: 'note' }} data-testid="book-late">
                      <View>
                        这个时间离上门不到 {service.cancelCutoffHours} 小时：预约后不能在网上取消，如有变化，要打电话给
                        {service.partner.name}。
                      </View>
                      {service.partner.phone ? (
                        <CallButton name={service.partner.name} phone={service.partner.phone} />
                      ) : null}
                    </View>
                  ) : null}
                  {errorText ? (
                    <Notice kind="error" testId="book-error">
                      {errorText}
                    </Notice>
                  ) : null}
                  {askingLate ? (
                    <View
                      className="card ec-confirm"
                      {...{ role: 'group', 'aria-label': '确认预约' }}
                      data-testid="book-late-confirm"
                    >
                      <View className="lead">预约后不能在网上取消。确定要预约{chosen?.label}吗？</View>
                      <View className="ec-actions">
                        <Btn kind="primary" loading={busy} onClick={() => void submit(true)} testId="book-late-yes">
                          确定预约
                        </Btn>
                        <Btn kind="secondary" onClick={() => setAskingLate(false)}>
                          取消
                        </Btn>
                      </View>
                    </View>
                  ) : null}
                </Card>
                {askingLate ? null : (
                  <ActionBar>
                    <Btn kind="primary" loading={busy} onClick={() => void submit()} testId="book-submit">
                      {retrying ? '再试一次' : '提交预约'}
                    </Btn>
                  </ActionBar>
                )}
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
