import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { devLogin, listPersonas, type Persona } from '../../api/dev';
import { ApiError, toApiError } from '../../api/errors';
import { HOME_PAGE, safeBack, saveToken } from '../../auth/session';
import { useResource } from '../../hooks/use-resource';
import { checkConsentOnFirstUse } from '../../privacy/agree';
import { usesHttp } from '../../platform/env';

/** The demo login of the H5 build: pick a seeded persona or type any openid; then home, or back to the page that asked. */
export function useLogin() {
  const back = safeBack(useRouter().params.back);
  const personas = useResource<Persona[]>(listPersonas, { enabled: usesHttp() });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const login = useCallback(
    async (who: { persona: string } | { openid: string }) => {
      setBusy('persona' in who ? who.persona : 'openid');
      setError(null);
      try {
        const session = await devLogin(who);
        if (!session || typeof session.token !== 'string' || !session.token) throw new ApiError('BAD_REPLY');
        saveToken(session.token, session.expiresAt);
        // The first login shows the consent step (the same popup WeChat users see); refusing still lets them in to browse.
        await checkConsentOnFirstUse();
        if (back) await Taro.reLaunch({ url: back });
        else await Taro.switchTab({ url: HOME_PAGE });
      } catch (err) {
        setError(toApiError(err));
      } finally {
        setBusy(null);
      }
    },
    [back],
  );

  return { personas, busy, error, login };
}
