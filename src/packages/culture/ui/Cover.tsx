import { View } from '@tarojs/components';

/** One colour per category, from the theme's warm and calm tones, so cards are told apart at a glance. */
const TONES: Record<string, string> = {
  dance: '#c8161d',
  pastry: '#b45309',
  calligraphy: '#374151',
  choir: '#1d4ed8',
  taichi: '#047857',
  papercut: '#be123c',
  festival: '#c2410c',
  market: '#7c3aed',
  arts: '#0e7490',
};

/**
 * The cover of a catalogue card: the category's colour and its first
 * character, large. Drawn, not a photo: the demo courses have no pictures and
 * staff have no cover upload yet; it costs no bytes on a weak phone. Decorative
 * only: the card's words already say the category, so screen readers skip it.
 */
export function Cover({ category, categoryName }: { category: string; categoryName: string }) {
  return (
    <View
      className="cu-cover"
      style={{ background: TONES[category] ?? '#c8161d' }}
      {...{ 'aria-hidden': 'true' }}
      data-testid="cu-cover"
    >
      <View className="cu-cover__glyph">{categoryName.slice(0, 1)}</View>
      <View className="cu-cover__name">{categoryName}</View>
    </View>
  );
}
