import { addressRules, orgUnits, PARTNERS as DEMO_PARTNERS, PERSONAS } from '../seed/hudao';
import { USERS, withBindings, newUser, type UserDoc } from './domain/account/users';
import { POLICY_VERSION } from '../src/privacy/data';
import type { DocumentStore } from './store/port';
import { seedEldercare } from '../seed/eldercare';
import { retireDemoKey, seedCategories, seedIssues } from '../seed/issues';
import { seedCulture } from '../seed/culture';
import { seedEnterprise } from '../seed/enterprise';
import { seedEnterpriseMeasures } from '../seed/enterprise-measures';
import { seedEnterpriseRequests } from '../seed/enterprise-requests';
import { ADDRESS_RULES, PARTNERS, ORG_UNITS } from './domain/org/org';

/** Each job's seeder sits beside its demo data in seed/<job>.ts and checks for itself, so a database from before a job gets that job's data too. */
const JOB_SEEDS = [
  seedEldercare,
  seedIssues,
  seedCulture,
  seedEnterprise,
  seedEnterpriseRequests,
  seedEnterpriseMeasures,
];

/**
 * What a production store gets instead of the demo (NODE_ENV=production): the
 * issue categories (configuration) and nothing invented; the real organisation
 * comes from `npm run import`. A demo Open311 key left in a store that was once
 * a demo is revoked.
 */
export async function prepareProduction(
  store: DocumentStore,
  now: Date,
): Promise<{ categoriesCreated: number; demoKeyRetired: boolean }> {
  const { created } = await seedCategories(store);
  const { retired } = await retireDemoKey(store, now);
  return { categoriesCreated: created, demoKeyRetired: retired };
}

/**
 * Loads the demo data of seed/. Idempotent: a store that already has the
 * sub-district is left alone, so restarting `npm start` keeps what users did.
 */
export async function seedDemo(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  const fresh = !(await store.get(ORG_UNITS, 'district'));
  if (fresh) {
    await store.transaction(async (tx) => {
      for (const unit of orgUnits()) await tx.set(ORG_UNITS, unit);
      for (const rule of addressRules()) await tx.set(ADDRESS_RULES, rule);
      for (const partner of DEMO_PARTNERS) await tx.set(PARTNERS, partner);
      for (const persona of PERSONAS) {
        // Demo personas have read and agreed to the current policy, so the demo (and the browser tests) start at the app, not at the popup.
        const user: UserDoc = {
          ...withBindings(newUser(persona.openid, now, persona.name), persona.bindings, now),
          phone: persona.phone,
          consent: { version: POLICY_VERSION, at: now.toISOString() },
          demo: true,
        };
        await tx.set(USERS, user);
      }
    });
  }
  for (const seed of JOB_SEEDS) await seed(store, now);
  return { seeded: fresh };
}
