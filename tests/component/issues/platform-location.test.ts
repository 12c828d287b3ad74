import { canPickLocation, pickLocation } from '../../../src/platform/location';
import Taro from '../taro-double';

const taro = Taro as unknown as Record<string, jest.Mock>;

beforeEach(() => {
  taro.chooseLocation = jest.fn();
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
    taro.chooseLocation.mockResolvedValue({ latitude: 36.1, longitude: 120.35, name: '万安一路6号', address: '山东省青岛市市北区万安一路6号' });
    expect(canPickLocation()).toBe(true);
    await expect(pickLocation()).resolves.toEqual({ lat: 36.1, lng: 120.35, name: '万安一路6号' });
  });

  it('treats a closed map as no choice, and passes other failures on', async () => {
    taro.chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail cancel' });
    await expect(pickLocation()).resolves.toBeNull();
    taro.chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail auth deny' });
    await expect(pickLocation()).rejects.toEqual({ errMsg: 'chooseLocation:fail auth deny' });
  });
});
