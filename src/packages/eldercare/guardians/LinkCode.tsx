import { View } from '@tarojs/components';
import type { LinkCode } from '../lib/types';
import { formatMoment } from '../../../utils/format';
import { QrCode } from '../../../components/QrCode';

/** The code the family shows: six big digits to read out, the same as a QR code to scan. */
export function LinkCodeCard({ link, elderName }: { link: LinkCode; elderName: string }) {
  return (
    <View className="card ec-link" data-testid="link-code-card">
      <View className="lead">请对方打开党群e家，进入“为老服务”，输入下面的链接码（微信里也可以扫码）：</View>
      <View
        className="code ec-link__code"
        data-testid="link-code"
        {...{ 'aria-label': `链接码 ${link.code.split('').join(' ')}` }}
      >
        {link.code}
      </View>
      <QrCode text={link.qr} label={`加入${elderName}家属的二维码`} testId="link-qr" />
      <View className="muted">
        {link.minutes} 分钟内有效（{formatMoment(link.expiresAt)} 前），只能用一次。
      </View>
    </View>
  );
}
