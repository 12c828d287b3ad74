import { call } from '../../api/client';
import { useResource } from '../../hooks/use-resource';

/** The enterprises the caller speaks for (none: the page offers registration and joining by invite). */
export function useEnterpriseHome() {
  const mine = useResource(() => call('enterprise', 'mine'));
  return { mine };
}
