import { View } from '@tarojs/components';
import { goToLogin } from '../auth/session';
import { Btn } from './Btn';

/**
 * Where a signed-out visitor (a shared link opened in the browser) meets an
 * action that needs an account: says so and leads to login, which brings them
 * back to this page. In WeChat everyone is signed in, so it never shows there.
 */
export function LoginPrompt({ action, back }: { action: string; back: string }) {
  return (
    <View className="stack">
      <View className="lead">登录后就能{action}。</View>
      <Btn kind="primary" onClick={() => goToLogin(back)} testId="login-prompt">
        登录后{action}
      </Btn>
    </View>
  );
}
