import { callPhone } from '../../src/platform/phone';
import Taro from './taro-double';

describe('platform/phone', () => {
  it('dials the digits of a number written with spaces or dashes', async () => {
    expect(await callPhone('0532-8888 6666')).toBe(true);
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '053288886666' });
  });

  it('reports a call the person cancelled, and never dials an empty number', async () => {
    Taro.makePhoneCall.mockImplementationOnce(async () => {
      throw new Error('makePhoneCall:fail cancel');
    });
    expect(await callPhone('13800000006')).toBe(false);
    Taro.makePhoneCall.mockClear();
    expect(await callPhone('  ')).toBe(false);
    expect(Taro.makePhoneCall).not.toHaveBeenCalled();
  });
});
