import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Cover } from './Cover';
import { durationLabel } from '../lib/format';
import { go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { CatalogueItem, SessionCard } from '../lib/types';

/** "还剩 3 个名额" / "已满，2 人候补" / the sign-up state when it is not open. */
export function placesText(
  s: Pick<SessionCard, 'signup' | 'signupLabel' | 'placesLeft' | 'full' | 'waitingCount' | 'capacity'>,
): string {
  if (s.signup !== 'open') return s.signupLabel;
  if (s.full)
    return s.waitingCount > 0 ? `名额已满，${s.waitingCount} 人在候补，可以排队候补` : '名额已满，可以排队候补';
  return `还剩 ${s.placesLeft} 个名额（共 ${s.capacity} 个）`;
}

/** One entry of the catalogue: tapping anywhere opens the course or the session. */
export function ItemCard({ item, signedUp = false }: { item: CatalogueItem; signedUp?: boolean }) {
  const mineTag = signedUp ? <View className="tag tag--ok">已报名</View> : null;
  if (item.type === 'course') {
    return (
      <Btn
        kind="plain"
        className="card cu-item"
        onClick={() => go(CULTURE_PATHS.course(item.id))}
        testId={`course-${item.id}`}
      >
        <Cover category={item.category} categoryName={item.categoryName} />
        <View className="cu-item__tags">
          <View className="tag">线上课程</View>
          <View className="tag tag--quiet">{item.categoryName}</View>
          {mineTag}
        </View>
        <View className="cu-item__title">{item.title}</View>
        <View className="muted">
          {item.teacher ? `${item.teacher}老师 · ` : ''}
          {item.lessonCount} 课，共 {durationLabel(item.totalSeconds)}
        </View>
        <View className="muted">{item.enrolledCount} 人在学</View>
      </Btn>
    );
  }
  return (
    <Btn
      kind="plain"
      className="card cu-item"
      onClick={() => go(CULTURE_PATHS.session(item.id))}
      testId={`session-${item.id}`}
    >
      <Cover category={item.category} categoryName={item.categoryName} />
      <View className="cu-item__tags">
        <View className="tag">{item.kind === 'event' ? '线下活动' : '线下课程'}</View>
        <View className="tag tag--quiet">{item.series ?? item.categoryName}</View>
        {mineTag}
      </View>
      <View className="cu-item__title">{item.title}</View>
      <View>{item.when}</View>
      <View className="muted">{item.venue}</View>
      <View className={item.signup === 'open' && !item.full ? 'cu-places cu-places--open' : 'cu-places'}>
        {placesText(item)}
      </View>
    </Btn>
  );
}
