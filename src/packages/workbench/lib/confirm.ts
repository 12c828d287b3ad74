import Taro from '@tarojs/taro';

/** Asks before something that cannot be undone (deleting a rule, revoking a key); a failed dialog counts as "no". */
export async function confirm(title: string, content: string): Promise<boolean> {
  try {
    const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' });
    return !!res.confirm;
  } catch {
    return false;
  }
}
