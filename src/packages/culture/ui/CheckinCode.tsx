import { View } from '@tarojs/components';
import { QrCode } from '../../../components/QrCode';

/**
 * The check-in code in large digits, grouped in threes so it is easy to read out and type,
 * and as a QR code the staff can scan on the roster page (WeChat).
 */
export function CheckinCode({ code, qr }: { code: string; qr?: string | null }) {
  const spaced = code.replace(/(\d{3})(?=\d)/g, '$1 ');
  return (
    <View className="cu-checkin" data-testid="checkin-code">
      <View className="muted">签到码</View>
      <View className="cu-checkin__digits">{spaced}</View>
      {qr ? <QrCode text={qr} label="签到二维码" testId="checkin-qr" /> : null}
      <View className="muted">
        活动当天把这个码给工作人员看（可以扫二维码），或念给工作人员听，工作人员输入后就签好到了。
      </View>
    </View>
  );
}
