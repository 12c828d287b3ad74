import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';

export interface ConfirmActionProps {
  /** The first button's text, e.g. 取消报名. */
  label: string;
  /** The question asked before acting, in plain words. */
  question: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  kind?: 'secondary' | 'danger';
  testId?: string;
}

/**
 * Asks on the page itself rather than in a pop-up: the question stays in
 * reading order for screen readers and large text, and nothing covers the page.
 */
export function ConfirmAction({ label, question, confirmLabel, keepLabel, onConfirm, busy, kind = 'danger', testId }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Btn kind={kind} loading={busy} onClick={() => setAsking(true)} testId={testId}>
        {label}
      </Btn>
    );
  }
  return (
    <View className="cu-confirm stack" {...{ role: 'group', 'aria-label': label }}>
      <View className="cu-confirm__question">{question}</View>
      <Btn
        kind="primary"
        loading={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Btn>
      <Btn kind="secondary" onClick={() => setAsking(false)}>
        {keepLabel}
      </Btn>
    </View>
  );
}
