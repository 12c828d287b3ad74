import { View } from '@tarojs/components';
import { Fragment } from 'react';
import { itemRole, listRole } from './aria';

export interface Bar {
  key: string;
  label: string;
  /** The figures in words: what everyone, and the screen reader, reads for this bar. */
  text: string;
  /** Stacked parts drawn left to right (the legend names them); null draws nothing, e.g. a rate with no data (暂无). */
  parts: ReadonlyArray<number | null>;
}

export interface BarChartProps {
  bars: readonly Bar[];
  /** Names of the parts, shown as a colour key; hidden from screen readers, since each bar's text says it all. */
  legend?: readonly string[];
  /** Fixes the scale (1 for rates); otherwise the longest bar fills the track. */
  max?: number;
  /** Names the list for screen readers. */
  label?: string;
  testId?: string;
}

const sum = (parts: Bar['parts']) => parts.reduce<number>((a, v) => a + (v ?? 0), 0);

/**
 * Horizontal bars drawn with Views (no canvas: the same in WeChat and H5, it
 * grows with care mode). Each bar is a list item whose words state the figures;
 * the coloured track is decoration. Culture, eldercare and the issue statistics share it.
 */
export function BarChart({ bars, legend, max, label, testId }: BarChartProps) {
  const top = max ?? Math.max(0, ...bars.map((b) => sum(b.parts)));
  const width = (v: number | null) => (top > 0 && v !== null ? Math.max(0, Math.min(100, (v / top) * 100)) : 0);
  const list: Record<string, unknown> = { ...listRole };
  if (label) list['aria-label'] = label;
  return (
    <View className="chart" data-testid={testId}>
      {legend ? (
        <View className="chart__legend" {...{ 'aria-hidden': 'true' }}>
          {legend.map((name, i) => (
            <Fragment key={name}>
              <View className={`chart__key chart__part--${i}`} />
              {name}
            </Fragment>
          ))}
        </View>
      ) : null}
      <View {...list}>
        {bars.map((b) => (
          <View key={b.key} className="chart__row" {...itemRole}>
            <View className="chart__head">
              <View className="chart__label">{b.label}</View>
              <View className="chart__text">{b.text}</View>
            </View>
            <View className="chart__track" {...{ 'aria-hidden': 'true' }}>
              {b.parts.map((v, i) => (
                <View key={i} className={`chart__bar chart__part--${i}`} style={{ width: `${width(v)}%` }} />
              ))}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
