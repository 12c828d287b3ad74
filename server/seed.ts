import { addressRules, orgUnits, PARTNERS, PERSONAS } from '../seed/hudao';
import { withBindings, newUser, type UserDoc } from './domain/account/users';
import type { DocumentStore } from './store/port';
import { seedEldercare } from '../seed/eldercare';
import { seedIssues } from '../seed/issues';
import { seedCulture } from '../seed/culture';

/** Each job's seeder sits beside its demo data in seed/<job>.ts and checks for itself, so a database from before a job gets that job's data too. */
const JOB_SEEDS = [seedEldercare, seedIssues, seedCulture];

/**
 * Loads the demo data of seed/. Idempotent: a store that already has the
 * sub-district is left alone, so restarting `npm start` keeps what users did.
 */
export async function seedDemo(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  const fresh = !(await store.get('org_units', 'district'));
  if (fresh) {
    await store.transaction(async (tx) => {
      for (const unit of orgUnits()) await tx.set('org_units', unit);
      for (const rule of addressRules()) await tx.set('address_rules', rule);
      for (const partner of PARTNERS) await tx.set('partners', partner);
      for (const persona of PERSONAS) {
        const user: UserDoc = { ...withBindings(newUser(persona.openid, now, persona.name), persona.bindings, now), phone: persona.phone, demo: true };
        await tx.set('users', user);
      }
    });
  }
  for (const seed of JOB_SEEDS) await seed(store, now);
  return { seeded: fresh };
}
