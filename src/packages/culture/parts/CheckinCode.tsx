import { View } from '@tarojs/components';

/**
 * The check-in code in large digits, grouped in threes so it is easy to read out and type.
 * This is the check-in path: no QR is drawn (no QR encoder among the packages; see docs/culture.md).
 */
export function CheckinCode({ code }: { code: string }) {
  const spaced = code.replace(/(\d{3})(?=\d)/g, '$1 ');
  return (
    <View className="cu-checkin" data-testid="checkin-code">
      <View className="muted">签到码</View>
      <View className="cu-checkin__digits">{spaced}</View>
      <View className="muted">活动当天把这个码给工作人员看，或念给工作人员听，工作人员输入后就签好到了。</View>
    </View>
  );
}
