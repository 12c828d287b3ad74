import { addressRules, orgUnits, PARTNERS, PERSONAS } from '../seed/hudao';
import { withBindings, newUser, type UserDoc } from './domain/account/users';
import type { DocumentStore } from './store/port';
import { seedEldercare } from '../seed/eldercare';
import { seedIssues } from './domain/issues/seed';
import { seedCulture } from './domain/culture/seeding';

/**
 * Loads the demo data of seed/hudao.ts. Idempotent: a store that already has
 * the sub-district is left alone, so restarting `npm start` keeps what users did.
 */
export async function seedDemo(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  // Each feature's seed checks for itself, so a database from before the feature gets its demo data too.
  if (await store.get('org_units', 'district')) {
    await seedEldercare(store, now);
    await seedIssues(store, now);
    await seedCulture(store, now);
    return { seeded: false };
  }
  await store.transaction(async (tx) => {
    for (const unit of orgUnits()) await tx.set('org_units', unit);
    for (const rule of addressRules()) await tx.set('address_rules', rule);
    for (const partner of PARTNERS) await tx.set('partners', partner);
    for (const persona of PERSONAS) {
      const user: UserDoc = { ...withBindings(newUser(persona.openid, now, persona.name), persona.bindings, now), phone: persona.phone, demo: true };
      await tx.set('users', user);
    }
  });
  await seedEldercare(store, now);
  await seedIssues(store, now);
  await seedCulture(store, now);
  return { seeded: true };
}
