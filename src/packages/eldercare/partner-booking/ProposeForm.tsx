import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toApiError } from '../../../api/errors';
import { Btn } from '../../../components/Btn';
import type { WindowOption } from '../lib/types';
import { AreaField } from '../../../components/TextField';
import { Notice } from '../../../components/Notice';

export interface ProposeFormProps {
  busy: boolean;
  loadWindows: () => Promise<WindowOption[]>;
  onPropose: (windowId: string, reason: string) => Promise<boolean>;
}

/** 换个时间: pick another window with room, say why; the family accepts or refuses. */
export function ProposeForm({ busy, loadWindows, onPropose }: ProposeFormProps) {
  const [windows, setWindows] = useState<WindowOption[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const open = async () => {
    setLoading(true);
    setProblem(null);
    try {
      setWindows(await loadWindows());
    } catch (err) {
      setProblem(toApiError(err).message);
    } finally {
      setLoading(false);
    }
  };

  if (windows === null) {
    return (
      <View>
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        <Btn kind="secondary" loading={loading} onClick={() => void open()} testId="propose-open">
          换个时间
        </Btn>
      </View>
    );
  }

  const submit = async () => {
    if (!chosen) return setProblem('请选择新的上门时间。');
    if (reason.trim().length < 2) return setProblem('请写一下为什么要换时间（至少 2 个字）。');
    setProblem(null);
    if (await onPropose(chosen, reason)) setWindows(null);
  };

  return (
    <View className="card ec-confirm" {...{ role: 'group', 'aria-label': '换个时间' }}>
      <View className="field__label" id="propose-label">
        新的上门时间
      </View>
      {windows.length === 0 ? (
        <View className="lead">近期没有还有名额的时间。请先在“服务和时段设置”里增加名额。</View>
      ) : null}
      <View {...{ role: 'radiogroup', 'aria-labelledby': 'propose-label' }}>
        {windows.map((w) => (
          <Btn
            key={w.id}
            role="radio"
            checked={chosen === w.id}
            kind={chosen === w.id ? 'primary' : 'secondary'}
            className="ec-window spaced"
            onClick={() => setChosen(w.id)}
          >
            <Text>{w.label}</Text>
            <Text className="ec-window__places">还剩 {w.placesLeft} 个</Text>
          </Btn>
        ))}
      </View>
      <View className="spaced">
        <AreaField
          inputClass="ec-area"
          label="换时间的原因"
          value={reason}
          onChange={setReason}
          placeholder="例如：理发师那天有事"
          testId="propose-reason"
        />
      </View>
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <View className="ec-actions">
        <Btn kind="primary" loading={busy} onClick={() => void submit()} testId="propose-submit">
          发给家属确认
        </Btn>
        <Btn kind="secondary" onClick={() => setWindows(null)}>
          不换了
        </Btn>
      </View>
    </View>
  );
}
