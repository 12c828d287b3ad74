import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { backTo } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../issues/lib/paths';

/**
 * Shown instead of an admin page to someone whose role does not allow it
 * (PERMISSION_DENIED): says who may, and leads back instead of offering a retry that cannot help.
 */
export function Denied({ who }: { who: string }) {
  return (
    <View className="status status--error" {...{ role: 'alert' }} data-testid="denied">
      <View className="status__text">这个页面只有{who}可以使用。如需调整，请联系{who}。</View>
      <Btn kind="primary" onClick={() => backTo(ISSUE_PATHS.workbench)}>
        返回诉求工作台
      </Btn>
    </View>
  );
}
