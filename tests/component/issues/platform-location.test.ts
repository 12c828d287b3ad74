import { canPickLocation, pickLocation } from '../../../src/platform/location';
import Taro from '../taro-double';

const taro = Taro as unknown as Record<string, jest.Mock>;

beforeEach(() => {
  taro.chooseLocation = jest.fn();
  taro.openSetting = jest.fn(async () => ({ authSetting: { 'scope.userLocation': true } }));
});

it('offers no map in H5, where the address is typed', async () => {
  expect(canPickLocation()).toBe(false);
  await expect(pickLocation()).resolves.toBeNull();
  expect(taro.chooseLocation).not.toHaveBeenCalled();
});

describe('in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('returns the chosen point with the place name', async () => {
    taro.chooseLocation.mockResolvedValue({
      latitude: 36.1,
      longitude: 120.35,
      name: '万安一路6号',
      address: '山东省青岛市市北区万安一路6号',
    });
    expect(canPickLocation()).toBe(true);
    await expect(pickLocation()).resolves.toEqual({ lat: 36.1, lng: 120.35, name: '万安一路6号' });
  });

  it('treats a closed map as no choice, and passes unknown failures on', async () => {
    taro.chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail cancel' });
    await expect(pickLocation()).resolves.toBeNull();
    taro.chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail system error' });
    await expect(pickLocation()).rejects.toEqual({ errMsg: 'chooseLocation:fail system error' });
  });

  it('explains a refused location permission and offers the settings page', async () => {
    taro.chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail auth deny' });
    await expect(pickLocation()).resolves.toBeNull();
    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('需要使用您的位置'), confirmText: '去设置' }),
    );
    expect(taro.openSetting).toHaveBeenCalled();
  });

  it('stays quiet when the resident refused the privacy popup (it already explained)', async () => {
    taro.chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail privacy permission is not authorized' });
    await expect(pickLocation()).resolves.toBeNull();
    expect(taro.showModal).not.toHaveBeenCalled();
  });
});
