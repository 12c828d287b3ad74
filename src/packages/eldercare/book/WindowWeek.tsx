import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { cellState, dayRows, type WeekWindow } from '../lib/week';

function Cell({
  w,
  period,
  chosen,
  onChoose,
}: {
  w: WeekWindow | null;
  period: string;
  chosen: boolean;
  onChoose: (id: string) => void;
}) {
  if (!w) {
    return (
      <View className="ec-week__cell ec-week__cell--closed">
        <View className="ec-week__period">{period}</View>
        <View>不上门</View>
      </View>
    );
  }
  const state = cellState(w);
  if (state.kind !== 'open') {
    return (
      <View className={`ec-week__cell ec-week__cell--${state.kind}`} data-testid={`window-off-${w.id}`}>
        <View className="ec-week__period">{period}</View>
        <View>{state.word}</View>
      </View>
    );
  }
  return (
    <Btn
      role="radio"
      checked={chosen}
      kind={chosen ? 'primary' : 'secondary'}
      className="ec-week__cell"
      label={`${w.label}，还剩 ${w.placesLeft} 个名额`}
      onClick={() => onChoose(w.id)}
      testId={`window-${w.id}`}
    >
      <View className="ec-week__period">{period}</View>
      <View>{state.word}</View>
    </Btn>
  );
}

/** The windows as a week: dates down, 上午 and 下午 across; only open cells can be chosen. */
export function WindowWeek({
  windows,
  chosenId,
  onChoose,
  labelledBy,
}: {
  windows: WeekWindow[];
  chosenId: string | null;
  onChoose: (id: string) => void;
  labelledBy: string;
}) {
  return (
    <View className="ec-week" {...{ role: 'radiogroup', 'aria-labelledby': labelledBy }} data-testid="window-week">
      {dayRows(windows).map((row) => (
        <View key={row.date} className="ec-week__row">
          <View className="ec-week__day">{row.dayLabel}</View>
          <Cell w={row.am} period="上午" chosen={row.am?.id === chosenId} onChoose={onChoose} />
          <Cell w={row.pm} period="下午" chosen={row.pm?.id === chosenId} onChoose={onChoose} />
        </View>
      ))}
    </View>
  );
}
