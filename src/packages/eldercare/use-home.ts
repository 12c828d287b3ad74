import { call } from '../../api/client';
import { useResource } from '../../hooks/use-resource';
import type { MyElder } from './lib/types';

/** The elders the signed-in resident looks after (服务对象). */
export function useHome() {
  const elders = useResource<MyElder[]>(() => call('eldercare', 'myElders'));
  return { elders };
}
