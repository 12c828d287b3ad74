import { useRunner as useSharedRunner } from '../../../hooks/use-runner';
import { errorWords } from './words';

export type { Outcome } from '../../../components/Notice';

/** The shared runner (src/hooks/use-runner.ts) with eldercare's wording of errors. */
export function useRunner() {
  return useSharedRunner(errorWords);
}
