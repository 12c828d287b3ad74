import { Image } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { isWeapp } from '../platform/env';

/**
 * A QR code drawn by qrcode-generator as a GIF data URL: no canvas, so the same
 * Image works in WeChat and H5. Only subpackages import this component (家属
 * link codes, culture check-in codes); with optimizeMainPackage the library
 * stays out of the main package.
 */
export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(6, 2);
}

export function QrCode({ text, label, testId }: { text: string; label: string; testId?: string }) {
  // H5: the name goes on the real <img> inside Taro's element as alt; WeChat reads ariaLabel.
  return (
    <Image
      className="qr"
      src={qrDataUrl(text)}
      mode="aspectFit"
      ariaLabel={isWeapp() ? label : undefined}
      nativeProps={{ alt: label }}
      data-testid={testId}
    />
  );
}
