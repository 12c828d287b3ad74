import { requestSubscription } from '../../../src/platform/subscribe';
import Taro from '../taro-double';

/** The Taro double has no subscription API; each test gives it the one WeChat would have. */
type WithSubscribe = typeof Taro & { requestSubscribeMessage?: jest.Mock };
const taro = Taro as WithSubscribe;

afterEach(() => {
  delete taro.requestSubscribeMessage;
});

describe('requestSubscription', () => {
  it('in H5 asks nothing (the in-app inbox carries the updates)', async () => {
    taro.requestSubscribeMessage = jest.fn();
    await expect(requestSubscription(['tpl-confirmed'])).resolves.toEqual({ asked: false, accepted: [] });
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('in WeChat asks for at most three templates and reports the accepted ones', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', a: 'accept', b: 'reject', c: 'accept' }));
    await expect(requestSubscription(['a', 'b', 'c', 'd'])).resolves.toEqual({ asked: true, accepted: ['a', 'c'] });
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['a', 'b', 'c'], entityIds: [] });
  });

  it('in WeChat shows no dialog while no template id is configured', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn();
    await expect(requestSubscription([])).resolves.toEqual({ asked: false, accepted: [] });
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('never stops the booking when WeChat refuses the dialog (old client, tapped too late)', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn(async () => Promise.reject({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' }));
    await expect(requestSubscription(['a'])).resolves.toEqual({ asked: false, accepted: [] });
  });
});
