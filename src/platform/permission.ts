import Taro from '@tarojs/taro';

/**
 * The only module that explains a refused permission. When the resident once
 * said no to the camera, album or location, WeChat refuses silently from then
 * on; a dead button is the worst answer for an elder. So: say in plain words
 * why the app needs it, and offer to open WeChat's settings page (openSetting).
 */
export type Permission = 'album' | 'camera' | 'location';

const WHY: Record<Permission, string> = {
  album: '需要使用您的相册，才能选择照片给工作人员看现场。',
  camera: '需要使用您的相机，才能拍下现场照片给工作人员看。',
  location: '需要使用您的位置，才能在地图上选出问题所在的地方。',
};

/** The authSetting key openSetting reports for each permission; the album needs none on current clients. */
const SCOPES: Record<Permission, string | null> = {
  album: 'scope.album',
  camera: 'scope.camera',
  location: 'scope.userLocation',
};

const errMsg = (err: unknown) => String((err as { errMsg?: string } | null)?.errMsg ?? '');

/** The resident refused our privacy popup: nothing to open in settings, the popup already explained. */
export function isPrivacyRefusal(err: unknown): boolean {
  return /privacy (permission|agreement)|privacy.*not authorized/i.test(errMsg(err));
}

/** WeChat refused because the resident turned the permission off (now or earlier). */
export function isPermissionRefusal(err: unknown): boolean {
  const msg = errMsg(err);
  return !isPrivacyRefusal(err) && /auth den(y|ied)|authorize|permission|no permission|scope/i.test(msg);
}

/** Which permission a refused chooseMedia needed: the camera when the message says so, else the album. */
export function mediaPermission(err: unknown): Permission {
  return /camera/i.test(errMsg(err)) ? 'camera' : 'album';
}

/**
 * Tells why the permission is needed and offers 去设置. Resolves true when the
 * resident turned it on in settings (the caller may try again), false otherwise.
 */
export async function explainRefusal(permission: Permission): Promise<boolean> {
  let confirm = false;
  try {
    const res = await Taro.showModal({
      title: '需要您的允许',
      content: `${WHY[permission]}您可以在设置里打开。`,
      confirmText: '去设置',
      cancelText: '暂不',
    });
    confirm = Boolean(res?.confirm);
  } catch {
    return false;
  }
  if (!confirm) return false;
  try {
    const res = await Taro.openSetting({});
    const scope = SCOPES[permission];
    return scope ? Boolean((res?.authSetting as Record<string, boolean> | undefined)?.[scope]) : true;
  } catch {
    return false;
  }
}

export function permissionReason(permission: Permission): string {
  return WHY[permission];
}
