import type { BenchContext } from '../run';

/** A bench section added by a feature; it prints its own tables beside ctx.baseline. */
export interface Scenario {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

/** Feature scenarios, in print order. */
export const SCENARIOS: Scenario[] = [];
