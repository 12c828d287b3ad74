import {
  explainRefusal,
  isPermissionRefusal,
  isPrivacyRefusal,
  mediaPermission,
} from '../../../src/platform/permission';
import Taro from '../taro-double';

const taro = Taro as unknown as Record<string, jest.Mock>;

beforeEach(() => {
  taro.openSetting = jest.fn();
});

it('tells a permission refusal from a privacy-popup refusal and a cancel', () => {
  expect(isPermissionRefusal({ errMsg: 'chooseMedia:fail auth deny' })).toBe(true);
  expect(isPermissionRefusal({ errMsg: 'chooseLocation:fail auth denied' })).toBe(true);
  expect(isPermissionRefusal({ errMsg: 'chooseMedia:fail privacy permission is not authorized' })).toBe(false);
  expect(isPrivacyRefusal({ errMsg: 'chooseMedia:fail privacy permission is not authorized' })).toBe(true);
  expect(isPermissionRefusal({ errMsg: 'chooseMedia:fail cancel' })).toBe(false);
  expect(mediaPermission({ errMsg: 'chooseMedia:fail camera auth deny' })).toBe('camera');
  expect(mediaPermission({ errMsg: 'chooseMedia:fail auth deny' })).toBe('album');
});

it('resolves true when the resident turned the permission on in settings', async () => {
  taro.openSetting.mockResolvedValue({ authSetting: { 'scope.camera': true } });
  await expect(explainRefusal('camera')).resolves.toBe(true);
  expect(taro.showModal).toHaveBeenCalledWith({
    title: '需要您的允许',
    content: expect.stringContaining('相机'),
    confirmText: '去设置',
    cancelText: '暂不',
  });
});

it('resolves false when settings were left unchanged or not opened', async () => {
  taro.openSetting.mockResolvedValue({ authSetting: { 'scope.userLocation': false } });
  await expect(explainRefusal('location')).resolves.toBe(false);
  taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
  taro.openSetting.mockClear();
  await expect(explainRefusal('location')).resolves.toBe(false);
  expect(taro.openSetting).not.toHaveBeenCalled();
});
