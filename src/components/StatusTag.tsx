import { Text } from '@tarojs/components';
import { weappLabel } from './aria';

/** ok: settled and good (green); warn: needs attention (amber); alert: waiting on someone (red); quiet: over or on hold (grey). */
export type Tone = 'ok' | 'warn' | 'alert' | 'quiet';

const CLASS: Record<Tone, string> = { ok: 'tag tag--ok', warn: 'tag tag--warn', alert: 'tag', quiet: 'tag tag--quiet' };

/** A short word in a coloured tag; the word carries the meaning, never the colour alone. */
export function Tag({ tone, children }: { tone: Tone; children: string }) {
  return <Text className={`${CLASS[tone]} tag--keep`}>{children}</Text>;
}

/** The state of a case as a tag, read as "状态：…" by WeChat's screen reader. */
export function StatusTag({ tone, label }: { tone: Tone; label: string }) {
  return (
    <Text className={`${CLASS[tone]} tag--keep`} {...weappLabel(`状态：${label}`)}>
      {label}
    </Text>
  );
}
