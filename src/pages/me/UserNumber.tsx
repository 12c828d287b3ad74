import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../components/Btn';
import { copyText } from '../../platform/clipboard';

/**
 * 我的用户编号: what a relative gives the family member who adds them as an
 * elder's 家属 (为老服务), so nobody has to look up an account by name or phone.
 */
export function UserNumber({ openid }: { openid: string }) {
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => {
    setNote((await copyText(openid)) ? '已复制，可以粘贴发给家人。' : '没能自动复制，请长按编号手动复制。');
  };
  return (
    <View className="spaced" data-testid="my-user-number">
      <View className="muted">我的用户编号（家人添加您为老人家属时要用）</View>
      <View className="lead" {...{ 'aria-label': `我的用户编号 ${openid}` }} data-testid="my-user-number-value" style={{ wordBreak: 'break-all', userSelect: 'text' }}>
        {openid}
      </View>
      <Btn kind="secondary" onClick={() => void copy()} testId="copy-user-number">
        复制用户编号
      </Btn>
      {note ? <View {...{ role: 'status' }}>{note}</View> : null}
    </View>
  );
}
