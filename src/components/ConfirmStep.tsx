import { View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { Btn } from './Btn';
import { Notice } from './Notice';
import { AreaField } from './TextField';

export interface ConfirmStepProps {
  /** The button that opens the step, e.g. 取消报名. */
  trigger: string;
  /** The trigger's accessible name when several on a page share the same text. */
  triggerLabel?: string;
  triggerKind?: 'primary' | 'secondary' | 'danger';
  /** What will happen, in one or two sentences. */
  question: ReactNode;
  confirm: string;
  /** The way out without changing anything, e.g. 不取消了. */
  keep: string;
  /** Ask for a reason; `required` refuses to go on without one (at least 2 characters, like the server). */
  reason?: { label: string; placeholder?: string; required?: boolean };
  busy?: boolean;
  /**
   * Runs the action with the reason typed. Resolving false keeps the step open
   * (so the reason is not lost on failure); anything else closes it at once.
   */
  onConfirm: (reason: string) => Promise<boolean> | void;
  testId?: string;
}

/**
 * A second step on the page instead of a pop-up for anything that cannot be
 * undone: the question stays in reading order for screen readers and readable
 * at care-mode size, nothing covers the page, and the reason field sits right
 * next to it. Culture and eldercare share it.
 */
export function ConfirmStep({
  trigger,
  triggerLabel,
  triggerKind = 'danger',
  question,
  confirm,
  keep,
  reason,
  busy = false,
  onConfirm,
  testId,
}: ConfirmStepProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (!open) {
    return (
      <Btn kind={triggerKind} label={triggerLabel} loading={busy} onClick={() => setOpen(true)} testId={testId}>
        {trigger}
      </Btn>
    );
  }

  const go = async () => {
    if (reason?.required && text.trim().length < 2) {
      setProblem(`请填写${reason.label}（至少 2 个字）。`);
      return;
    }
    setProblem(null);
    const pending = onConfirm(text);
    if (!pending) {
      setOpen(false);
      return;
    }
    if (await pending) setOpen(false);
  };

  return (
    <View className="confirm" {...{ role: 'group', 'aria-label': trigger }}>
      <View className="confirm__question">{question}</View>
      {reason ? (
        <AreaField
          label={reason.label}
          value={text}
          onChange={setText}
          placeholder={reason.placeholder}
          testId={testId ? `${testId}-reason` : undefined}
        />
      ) : null}
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <View className="confirm__actions">
        <Btn
          kind={triggerKind === 'danger' ? 'danger' : 'primary'}
          loading={busy}
          onClick={() => void go()}
          testId={testId ? `${testId}-confirm` : undefined}
        >
          {confirm}
        </Btn>
        <Btn kind="secondary" onClick={() => setOpen(false)}>
          {keep}
        </Btn>
      </View>
    </View>
  );
}
