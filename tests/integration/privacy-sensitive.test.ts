import { ELDER_PROFILES } from '../../server/domain/eldercare/model';
import { codeOf, createHarness, type Harness } from '../helpers/harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const mother = {
  name: '钱桂芳',
  birthDate: '1938-02-11',
  address: { street: '万安一路', number: 30, detail: '3号楼101' },
  phone: null,
  difficultyClaimed: 'tekun' as const,
  healthNotes: '腿脚不便，需要轮椅',
  relation: '子女' as const,
};

describe('sensitive information on the elder profile', () => {
  it("keeps difficulty status and health notes with the separate consent and the elder's agreement, and records who and when", async () => {
    const elder = await h.ok('resident', 'eldercare', 'addElder', {
      ...mother,
      sensitiveConsent: true,
      elderAgrees: true,
    });
    expect(elder).toMatchObject({
      difficultyClaimed: 'tekun',
      healthNotes: '腿脚不便，需要轮椅',
      sensitiveConsentAt: '2026-11-26T02:00:00.000Z',
    });
    const doc = await h.deps.store.get(ELDER_PROFILES, elder.id);
    expect(doc?.sensitiveConsent).toEqual({ by: 'demo-resident', at: '2026-11-26T02:00:00.000Z', elderAgrees: true });
  });

  it('saves the profile without those fields when consent is not given, whatever the form sent', async () => {
    const elder = await h.ok('resident', 'eldercare', 'addElder', { ...mother });
    expect(elder).toMatchObject({
      name: '钱桂芳',
      difficultyClaimed: 'none',
      healthNotes: '',
      sensitiveConsentAt: null,
      verification: 'pending',
    });
    const doc = await h.deps.store.get(ELDER_PROFILES, elder.id);
    expect([doc?.difficultyClaimed, doc?.healthNotes, doc?.sensitiveConsent]).toEqual(['none', '', null]);
  });

  it("the guardian's own consent is not enough: the elder (or legal representative) must agree too", async () => {
    const elder = await h.ok('resident', 'eldercare', 'addElder', {
      ...mother,
      sensitiveConsent: true,
      elderAgrees: false,
    });
    expect(elder).toMatchObject({ difficultyClaimed: 'none', healthNotes: '', sensitiveConsentAt: null });
  });

  it('a verifier cannot set a difficulty status on a profile without that consent', async () => {
    const elder = await h.ok('resident', 'eldercare', 'addElder', { ...mother });
    const verified = await h.ok('community_admin', 'eldercare', 'verifyElder', {
      elderId: elder.id,
      version: elder.version,
      difficulty: 'dibao',
    });
    expect(verified).toMatchObject({ verification: 'verified', difficulty: 'none' });
  });

  it('an edit keeps the consent on record, and withdrawing it erases the sensitive fields, verified status included', async () => {
    const added = await h.ok('resident', 'eldercare', 'addElder', {
      ...mother,
      sensitiveConsent: true,
      elderAgrees: true,
    });
    const verified = await h.ok('community_admin', 'eldercare', 'verifyElder', {
      elderId: added.id,
      version: added.version,
    });
    expect(verified.difficulty).toBe('tekun');
    const phoneOnly = await h.ok('resident', 'eldercare', 'updateElder', {
      elderId: added.id,
      version: verified.version,
      phone: '13900000099',
    });
    expect(phoneOnly).toMatchObject({
      difficulty: 'tekun',
      healthNotes: '腿脚不便，需要轮椅',
      verification: 'verified',
    });
    const withdrawn = await h.ok('resident', 'eldercare', 'updateElder', {
      elderId: added.id,
      version: phoneOnly.version,
      sensitiveConsent: false,
    });
    expect(withdrawn).toMatchObject({
      difficultyClaimed: 'none',
      difficulty: 'none',
      healthNotes: '',
      sensitiveConsentAt: null,
    });
  });

  it('adding health notes later needs the consent in the same save', async () => {
    const added = await h.ok('resident', 'eldercare', 'addElder', {
      ...mother,
      difficultyClaimed: 'none',
      healthNotes: '',
    });
    const noConsent = await h.ok('resident', 'eldercare', 'updateElder', {
      elderId: added.id,
      version: added.version,
      healthNotes: '需要助听器',
    });
    expect(noConsent.healthNotes).toBe('');
    const withConsent = await h.ok('resident', 'eldercare', 'updateElder', {
      elderId: added.id,
      version: noConsent.version,
      healthNotes: '需要助听器',
      sensitiveConsent: true,
      elderAgrees: true,
    });
    expect(withConsent.healthNotes).toBe('需要助听器');
  });

  it('rejects health notes that are too long with a clear message', async () => {
    const reply = await h.call('resident', 'eldercare', 'addElder', {
      ...mother,
      healthNotes: '很'.repeat(201),
      sensitiveConsent: true,
      elderAgrees: true,
    });
    expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
    expect(!reply.ok && reply.error.message).toContain('健康情况最多 200 个字');
  });
});
