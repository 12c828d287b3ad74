import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { back } from '../../../utils/nav';

/** The way back at the foot of every page (H5 shows no navigation bar on subpackage pages). */
export function BackButton({ label = '返回上一页', fallback }: { label?: string; fallback: string }) {
  return (
    <View className="ec-foot">
      <Btn kind="secondary" onClick={() => back(fallback)}>
        {label}
      </Btn>
    </View>
  );
}
