import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { HAIRCUT, HEATING, LI, SUN, ZHANG, ZHAO, reasonOf, rid, windowsOf } from './eldercare-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const mother = {
  name: '周玉兰',
  birthDate: '1935-04-02',
  address: { street: '万安一路', number: 30, detail: '5号楼2单元101' },
  phone: '13900000030',
  difficultyClaimed: 'dibao' as const,
  relation: '子女' as const,
  sensitiveConsent: true,
  elderAgrees: true,
};

describe('adding an elder profile', () => {
  it('routes the address to a grid, waits for verification, and makes the caller a guardian', async () => {
    const elder = await h.ok('resident', 'eldercare', 'addElder', mother);
    expect(elder).toMatchObject({
      gridId: 'g-03',
      communityId: 'c-yichang',
      verification: 'pending',
      difficultyClaimed: 'dibao',
      difficulty: 'none',
      age: 91,
      guardianCount: 1,
    });
    const mine = await h.ok('resident', 'eldercare', 'myElders', {});
    expect(mine.map((e) => [e.name, e.relation])).toContainEqual(['周玉兰', '子女']);
  });

  it('refuses the same person entered twice, even by someone else', async () => {
    await h.ok('resident', 'eldercare', 'addElder', mother);
    expect(codeOf(await h.call('relative', 'eldercare', 'addElder', mother))).toBe('CONFLICT');
  });

  it('refuses a birth date in the future or not on the calendar', async () => {
    const future = await h.call('resident', 'eldercare', 'addElder', { ...mother, birthDate: '2030-01-01' });
    expect(!future.ok && future.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: '出生日期不能晚于今天' });
    const invalid = await h.call('resident', 'eldercare', 'addElder', { ...mother, birthDate: '1935-02-30' });
    expect(!invalid.ok && invalid.error.message).toContain('YYYY-MM-DD');
    const noNumber = await h.raw(
      'eldercare',
      { action: 'addElder', ...mother, address: { street: '万安一路', number: 'six' } },
      'demo-resident',
    );
    expect(!noNumber.ok && noNumber.error.message).toContain('门牌号');
  });

  it('sends an address no rule covers to the district admin', async () => {
    const elder = await h.ok('resident', 'eldercare', 'addElder', {
      ...mother,
      address: { street: '香港中路', number: 1, detail: '' },
    });
    expect(elder.communityId).toBeNull();
    expect(
      (await h.ok('community_admin', 'eldercare', 'adminElders', { verification: 'pending' })).map((e) => e.id),
    ).not.toContain(elder.id);
    expect(
      (await h.ok('district_admin', 'eldercare', 'adminElders', { verification: 'pending' })).map((e) => e.id),
    ).toContain(elder.id);
  });

  it('lets grid staff add an elder of their own grid only', async () => {
    const ok = await h.ok('grid_worker', 'eldercare', 'addElderForGrid', { ...mother, noSmartphone: true });
    expect(ok).toMatchObject({ createdVia: 'grid_staff', guardianCount: 0, noSmartphone: true });
    const elsewhere = await h.call('grid_worker', 'eldercare', 'addElderForGrid', {
      ...mother,
      name: '吴大爷',
      address: { street: '瑞安路', number: 3, detail: '' },
    });
    expect(codeOf(elsewhere)).toBe('PERMISSION_DENIED');
    expect((await h.ok('grid_worker', 'eldercare', 'gridElders', {})).map((e) => e.name)).toEqual(
      expect.arrayContaining(['周玉兰', '张德顺', '赵淑芬']),
    );
  });
});

describe('community verification', () => {
  it('verifies the claimed difficulty status, tells the guardians, and unlocks the heating service', async () => {
    const [windowId] = await windowsOf(h, HEATING);
    const before = await h.call('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: SUN,
      serviceId: HEATING,
      windowId,
      notes: '',
    });
    expect(reasonOf(before)).toBe('PROFILE_PENDING');
    const pending = await h.ok('community_admin', 'eldercare', 'adminElders', { verification: 'pending' });
    expect(pending.map((e) => e.name)).toEqual(['孙福来']);
    const verified = await h.ok('community_admin', 'eldercare', 'verifyElder', {
      elderId: SUN,
      version: pending[0].version,
    });
    expect(verified).toMatchObject({ verification: 'verified', difficulty: 'dibao', difficultyLabel: '低保' });
    expect((await h.ok('resident', 'account', 'inbox', {})).messages[0]).toMatchObject({
      kind: 'elder_verification',
      title: '老人信息已核实',
    });
    expect(
      codeOf(
        await h.call('resident', 'eldercare', 'book', {
          clientRequestId: rid(),
          elderId: SUN,
          serviceId: HEATING,
          windowId,
          notes: '',
        }),
      ),
    ).toBe('OK');
  });

  it('lets the community record a different status than claimed', async () => {
    const elder = await h.ok('community_admin', 'eldercare', 'getElder', { elderId: SUN });
    const verified = await h.ok('community_admin', 'eldercare', 'verifyElder', {
      elderId: SUN,
      version: elder.version,
      difficulty: 'none',
    });
    expect(verified.difficulty).toBe('none');
  });

  it('rejects with a reason, and refuses a stale version, a second verdict and another community', async () => {
    const elder = await h.ok('community_admin', 'eldercare', 'getElder', { elderId: SUN });
    expect(
      codeOf(
        await h.call('community_admin', 'eldercare', 'rejectElder', {
          elderId: SUN,
          version: elder.version,
          reason: '',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    const rejected = await h.ok('community_admin', 'eldercare', 'rejectElder', {
      elderId: SUN,
      version: elder.version,
      reason: '低保证明已过期',
    });
    expect(rejected).toMatchObject({ verification: 'rejected', verificationNote: '低保证明已过期' });
    expect(
      codeOf(await h.call('community_admin', 'eldercare', 'verifyElder', { elderId: SUN, version: elder.version })),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await h.call('community_admin', 'eldercare', 'rejectElder', {
          elderId: SUN,
          version: rejected.version,
          reason: '再次驳回',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
    const li = await h.ok('district_admin', 'eldercare', 'getElder', { elderId: LI });
    expect(
      codeOf(await h.call('community_admin', 'eldercare', 'verifyElder', { elderId: LI, version: li.version })),
    ).toBe('NOT_FOUND');
  });

  it('sends a profile back for verification when its verified facts change, but not for a new phone number', async () => {
    const elder = await h.ok('relative', 'eldercare', 'getElder', { elderId: ZHANG });
    const phone = await h.ok('relative', 'eldercare', 'updateElder', {
      elderId: ZHANG,
      version: elder.version,
      phone: '13900000099',
    });
    expect(phone).toMatchObject({ verification: 'verified', phone: '13900000099', name: '张德顺' });
    const moved = await h.ok('relative', 'eldercare', 'updateElder', {
      elderId: ZHANG,
      version: phone.version,
      birthDate: '1930-01-01',
    });
    expect(moved.verification).toBe('pending');
    expect(
      codeOf(
        await h.call('relative', 'eldercare', 'updateElder', {
          elderId: ZHANG,
          version: phone.version,
          phone: '13900000098',
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await h.call('resident', 'eldercare', 'updateElder', {
          elderId: ZHANG,
          version: moved.version,
          phone: '13900000098',
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('guardians', () => {
  it('lets a guardian add another resident, who may then book, and remove them again', async () => {
    await h.ok('relative', 'eldercare', 'addGuardian', { elderId: ZHANG, openid: 'demo-resident', relation: '亲属' });
    expect((await h.ok('resident', 'eldercare', 'myElders', {})).map((e) => e.id)).toContain(ZHANG);
    expect((await h.ok('resident', 'account', 'inbox', {})).messages[0]).toMatchObject({ kind: 'guardian_added' });
    const [windowId] = await windowsOf(h, HAIRCUT);
    const booked = await h.ok('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    expect(booked.booking.bookedVia).toBe('guardian');
    expect(
      codeOf(await h.call('relative', 'eldercare', 'addGuardian', { elderId: ZHANG, openid: 'demo-resident' })),
    ).toBe('FAILED_PRECONDITION');
    await h.ok('relative', 'eldercare', 'removeGuardian', { elderId: ZHANG, openid: 'demo-resident' });
    expect((await h.ok('resident', 'eldercare', 'myElders', {})).map((e) => e.id)).not.toContain(ZHANG);
  });

  it('refuses a stranger adding guardians, and an openid that never signed in', async () => {
    expect(
      codeOf(await h.call('resident', 'eldercare', 'addGuardian', { elderId: ZHANG, openid: 'demo-resident' })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await h.call('relative', 'eldercare', 'addGuardian', { elderId: ZHANG, openid: 'wx-never-seen' })),
    ).toBe('NOT_FOUND');
  });

  it('keeps profiles from partners, and from grid staff of other grids', async () => {
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'getElder', { elderId: ZHANG }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call('grid_worker', 'eldercare', 'getElder', { elderId: LI }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call('grid_worker', 'eldercare', 'getElder', { elderId: ZHAO }))).toBe('OK');
  });
});
