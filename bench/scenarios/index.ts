import type { BenchContext } from '../run';
import { cultureScenario } from './culture';
import { eldercareScenario } from './eldercare';
import { issuesScenario } from './issues';
import { enterpriseRequestsScenario } from './enterprise-requests';

/** A bench section added by a feature; it prints its own tables beside ctx.baseline. */
export interface Scenario {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

/** Feature scenarios, in print order. */
export const SCENARIOS: Scenario[] = [eldercareScenario, cultureScenario, issuesScenario, enterpriseRequestsScenario];
