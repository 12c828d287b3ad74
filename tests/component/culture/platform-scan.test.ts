import { canScan, scanQrCode } from '../../../src/platform/scan';
import Taro from '../taro-double';

type WithScan = typeof Taro & { scanCode?: jest.Mock };
const taro = Taro as WithScan;

afterEach(() => {
  delete taro.scanCode;
});

describe('scanQrCode', () => {
  it('in WeChat opens the camera for QR codes and returns the text', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.scanCode = jest.fn(async () => ({ result: 'culture-checkin:ses-1:000123', scanType: 'QR_CODE' }));
    expect(canScan()).toBe(true);
    await expect(scanQrCode()).resolves.toBe('culture-checkin:ses-1:000123');
    expect(taro.scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] });
  });

  it('in WeChat returns null when the scanner is closed', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.scanCode = jest.fn(async () => Promise.reject({ errMsg: 'scanCode:fail cancel' }));
    await expect(scanQrCode()).resolves.toBeNull();
  });

  it('in H5 cannot scan (staff type the code) and never calls the WeChat API', async () => {
    taro.scanCode = jest.fn();
    expect(canScan()).toBe(false);
    await expect(scanQrCode()).resolves.toBeNull();
    expect(taro.scanCode).not.toHaveBeenCalled();
  });
});
