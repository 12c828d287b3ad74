import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { Mine } from '../lib/types';

/** 我的课程: online courses with progress, and my places in sessions (upcoming first). */
export function useMine() {
  return useResource<Mine>(() => call('culture', 'mine'));
}
