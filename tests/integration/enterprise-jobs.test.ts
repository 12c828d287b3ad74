import { INTERESTS, JOBS, interestId } from '../../server/domain/enterprise/jobs';
import { codeOf, createHarness, openidOf, type Harness } from '../helpers/harness';
import { GOOD_RV, LOGISTICS, NEW_JOB, WANHUI, addContact, userWith } from './enterprise-measures-helpers';

/**
 * 定向招聘 end to end through dispatch on SQLite: an enterprise posts, residents
 * browse (signed out too) and say they are interested; the contact reaches the
 * enterprise only with consent; hires fill the job and are counted.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const reasonOf = (r: { ok: boolean; error?: { details?: unknown } }) =>
  r.ok ? 'OK' : ((r.error?.details as { reason?: string } | undefined)?.reason ?? 'none');

async function postJob(openings = 2) {
  return h.ok('enterprise_contact', 'enterprise', 'postJob', { ...NEW_JOB, openings });
}

describe('posting and browsing', () => {
  it('shows a posted opening to anyone signed out, without who posted it', async () => {
    const job = await postJob();
    const list = await h.ok(null, 'enterprise', 'listJobs', {});
    expect(list.map((j) => j.id)).toContain(job.id);
    const page = await h.ok(null, 'enterprise', 'getJob', { jobId: job.id });
    expect(page.job).toMatchObject({
      title: '数控车工',
      enterpriseName: '固特房车(青岛)营地装备有限公司',
      remaining: 2,
      statusLabel: '招聘中',
    });
    expect(page.mine).toBeNull();
    expect(JSON.stringify(page)).not.toContain(openidOf('enterprise_contact'));
  });

  it('refuses posting for an enterprise not yet verified', async () => {
    const contact = await addContact(h, LOGISTICS, 'contact-logistics');
    const r = await h.call(contact, 'enterprise', 'postJob', NEW_JOB);
    expect([codeOf(r), reasonOf(r)]).toEqual(['FAILED_PRECONDITION', 'ENTERPRISE_NOT_VERIFIED']);
  });

  it('refuses bad openings and empty fields with the field named', async () => {
    const r = await h.call('enterprise_contact', 'enterprise', 'postJob', { ...NEW_JOB, openings: 0 });
    expect(codeOf(r)).toBe('INVALID_ARGUMENT');
    expect(r.ok ? '' : r.error.message).toContain('招聘人数至少 1 人');
    const blank = await h.call('enterprise_contact', 'enterprise', 'postJob', { ...NEW_JOB, title: '  ' });
    expect(blank.ok ? '' : blank.error.message).toContain('请填写工种名称');
  });

  it('refuses a job text that fails the content check, saving nothing', async () => {
    const before = await h.deps.store.count(JOBS, {});
    const r = await h.call('enterprise_contact', 'enterprise', 'postJob', {
      ...NEW_JOB,
      description: '高薪代开发票，联系微信',
    });
    expect(codeOf(r)).not.toBe('OK');
    expect(await h.deps.store.count(JOBS, {})).toBe(before);
  });

  it('stops and reopens an opening with the version read; a stale version is a conflict', async () => {
    const job = await postJob();
    const closed = await h.ok('enterprise_contact', 'enterprise', 'setJobOpen', {
      jobId: job.id,
      version: job.version,
      open: false,
    });
    expect(closed.status).toBe('closed');
    expect((await h.ok(null, 'enterprise', 'listJobs', {})).map((j) => j.id)).not.toContain(job.id);
    expect(
      codeOf(
        await h.call('enterprise_contact', 'enterprise', 'setJobOpen', {
          jobId: job.id,
          version: job.version,
          open: true,
        }),
      ),
    ).toBe('CONFLICT');
    const again = await h.call('enterprise_contact', 'enterprise', 'setJobOpen', {
      jobId: job.id,
      version: closed.version,
      open: false,
    });
    expect(reasonOf(again)).toBe('ILLEGAL_JOB_TRANSITION');
    expect(
      (
        await h.ok('enterprise_contact', 'enterprise', 'setJobOpen', {
          jobId: job.id,
          version: closed.version,
          open: true,
        })
      ).status,
    ).toBe('open');
  });

  it('lets a contact of two enterprises post for the one named and manage each job by the job itself', async () => {
    const both = await userWith(h, 'contact-of-two', [
      { role: 'enterprise_contact', enterpriseId: GOOD_RV },
      { role: 'enterprise_contact', enterpriseId: WANHUI },
    ]);
    const job = await h.ok(both, 'enterprise', 'postJob', { ...NEW_JOB, enterpriseId: WANHUI });
    expect(job.enterpriseName).toBe('青岛湾汇软件科技有限公司');
    expect((await h.ok(both, 'enterprise', 'enterpriseJobs', { enterpriseId: WANHUI })).jobs.map((j) => j.id)).toEqual([
      job.id,
    ]);
    expect((await h.ok(both, 'enterprise', 'jobInterests', { jobId: job.id })).job.id).toBe(job.id);
    const notMine = await h.call(both, 'enterprise', 'postJob', { ...NEW_JOB, enterpriseId: 'ent-91370203madx00002y' });
    expect([codeOf(notMine), reasonOf(notMine)]).toEqual(['PERMISSION_DENIED', 'NO_ENTERPRISE']);
  });

  it('hides another enterprise’s job from a contact as not found', async () => {
    const job = await postJob();
    const other = await addContact(h, 'ent-91370203madx000045', 'contact-wanhui');
    expect(codeOf(await h.call(other, 'enterprise', 'jobInterests', { jobId: job.id }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call(other, 'enterprise', 'setJobOpen', { jobId: job.id, version: 1, open: false }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('interest and consent', () => {
  it('keeps nothing identifying without consent: the enterprise sees only a count', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false });
    const stored = await h.deps.store.get(INTERESTS, interestId(job.id, openidOf('resident')));
    expect(stored).toMatchObject({ shareContact: false, name: null, phone: null, note: '' });
    const seen = await h.ok('enterprise_contact', 'enterprise', 'jobInterests', { jobId: job.id });
    expect(seen.people).toEqual([]);
    expect(seen.anonymous).toBe(1);
    expect(JSON.stringify(seen)).not.toContain(openidOf('resident'));
  });

  it('passes name, phone and note to the enterprise with consent, and tells its contacts', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: true,
      name: '王建华',
      phone: '13900001111',
      note: '做过车工',
    });
    const seen = await h.ok('enterprise_contact', 'enterprise', 'jobInterests', { jobId: job.id });
    expect(seen.people).toEqual([
      expect.objectContaining({ name: '王建华', phone: '13900001111', note: '做过车工', state: 'interested' }),
    ]);
    const inbox = await h.ok('enterprise_contact', 'account', 'inbox', {});
    expect(inbox.messages.some((m) => m.title === '有居民想应聘' && m.body.includes('数控车工'))).toBe(true);
  });

  it('refuses contact fields without the consent tick, and consent without a phone', async () => {
    const job = await postJob();
    const leak = await h.call('resident', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: false,
      phone: '13900001111',
    });
    expect(codeOf(leak)).toBe('INVALID_ARGUMENT');
    const half = await h.call('resident', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: true,
      name: '王建华',
    });
    expect(codeOf(half)).toBe('INVALID_ARGUMENT');
    expect(half.ok ? '' : half.error.message).toContain('请填写称呼和电话');
  });

  it('refuses a second interest in the same job, and interest from the enterprise’s own contact', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false });
    const twice = await h.call('resident', 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false });
    expect([codeOf(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'ALREADY_INTERESTED']);
    const own = await h.call('enterprise_contact', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: false,
    });
    expect(reasonOf(own)).toBe('OWN_ENTERPRISE_JOB');
  });

  it('erases the contact when consent or the interest is taken back', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: true,
      name: '王建华',
      phone: '13900001111',
    });
    await h.ok('resident', 'enterprise', 'setContactSharing', { jobId: job.id, shareContact: false });
    expect(await h.deps.store.get(INTERESTS, interestId(job.id, openidOf('resident')))).toMatchObject({
      shareContact: false,
      name: null,
      phone: null,
    });
    expect((await h.ok('enterprise_contact', 'enterprise', 'jobInterests', { jobId: job.id })).anonymous).toBe(1);
    await h.ok('resident', 'enterprise', 'withdrawInterest', { jobId: job.id });
    const seen = await h.ok('enterprise_contact', 'enterprise', 'jobInterests', { jobId: job.id });
    expect([seen.people.length, seen.anonymous, seen.job.interested]).toEqual([0, 0, 0]);
    // Changed their mind: may say so again while the job is open.
    expect(
      (await h.ok('resident', 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false })).state,
    ).toBe('interested');
  });

  it('lists a resident’s own interests with their jobs', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false });
    const mine = await h.ok('resident', 'enterprise', 'myInterests', {});
    expect(mine.map((i) => [i.jobId, i.stateLabel, i.job?.title])).toEqual([[job.id, '已报名', '数控车工']]);
    expect((await h.ok('resident', 'enterprise', 'getJob', { jobId: job.id })).mine?.state).toBe('interested');
  });
});

describe('hiring', () => {
  it('fills the job with the last hire, tells the residents, and closes it to new interest', async () => {
    const job = await postJob(2);
    const a = await userWith(h, 'resident-a', []);
    const b = await userWith(h, 'resident-b', []);
    const c = await userWith(h, 'resident-c', []);
    for (const [who, phone] of [
      [a, '13900000001'],
      [b, '13900000002'],
    ] as const) {
      await h.ok(who, 'enterprise', 'expressInterest', { jobId: job.id, shareContact: true, name: '应聘者', phone });
    }
    const first = await h.ok('enterprise_contact', 'enterprise', 'decideInterest', {
      interestId: interestId(job.id, a.openid),
      decision: 'hire',
    });
    expect([first.job.filled, first.job.status]).toEqual([1, 'open']);
    const second = await h.ok('enterprise_contact', 'enterprise', 'decideInterest', {
      interestId: interestId(job.id, b.openid),
      decision: 'hire',
    });
    expect([second.job.filled, second.job.status, second.interest.stateLabel]).toEqual([2, 'filled', '已录用']);
    const inbox = await h.ok(a, 'account', 'inbox', {});
    expect(inbox.messages.some((m) => m.title === '应聘结果：已录用')).toBe(true);
    const late = await h.call(c, 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false });
    expect([codeOf(late), reasonOf(late)]).toEqual(['FAILED_PRECONDITION', 'JOB_NOT_OPEN']);
    // A decision is final.
    const redo = await h.call('enterprise_contact', 'enterprise', 'decideInterest', {
      interestId: interestId(job.id, a.openid),
      decision: 'decline',
    });
    expect(reasonOf(redo)).toBe('ILLEGAL_INTEREST_TRANSITION');
    // Reopening a filled job needs more openings first.
    const reopen = await h.call('enterprise_contact', 'enterprise', 'setJobOpen', {
      jobId: job.id,
      version: second.job.version,
      open: true,
    });
    expect(reasonOf(reopen)).toBe('REOPEN_NEEDS_OPENINGS');
    const fewer = await h.call('enterprise_contact', 'enterprise', 'updateJob', {
      jobId: job.id,
      version: second.job.version,
      openings: 1,
    });
    expect(reasonOf(fewer)).toBe('OPENINGS_BELOW_FILLED');
  });

  it('cannot decide on someone who did not share their contact', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', { jobId: job.id, shareContact: false });
    const r = await h.call('enterprise_contact', 'enterprise', 'decideInterest', {
      interestId: interestId(job.id, openidOf('resident')),
      decision: 'hire',
    });
    expect(reasonOf(r)).toBe('CONTACT_NOT_SHARED');
  });

  it('counts jobs filled for staff, each within their scope', async () => {
    const job = await postJob(1);
    await h.ok('resident', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: true,
      name: '王建华',
      phone: '13900001111',
    });
    await h.ok('enterprise_contact', 'enterprise', 'decideInterest', {
      interestId: interestId(job.id, openidOf('resident')),
      decision: 'hire',
    });
    const office = await h.ok('economic_staff', 'enterprise', 'staffJobs', {});
    const liaison = await h.ok('liaison', 'enterprise', 'staffJobs', {});
    // Seeded: 固特房车 2+3 filled, 国林 1 filled; plus this hire.
    expect(office.figures.filled).toBe(7);
    expect(office.jobs.map((j) => j.enterpriseName)).toContain('青岛国林环保科技股份有限公司');
    // The liaison serves 固特房车 and 湾汇软件 only.
    expect(new Set(liaison.jobs.map((j) => j.enterpriseName))).toEqual(new Set(['固特房车(青岛)营地装备有限公司']));
    expect(liaison.figures.filled).toBe(6);
  });
});

describe('data rights', () => {
  it('shows a resident their interests, and what they gave the enterprise, in 我的数据', async () => {
    const job = await postJob();
    await h.ok('resident', 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: true,
      name: '王建华',
      phone: '13900001111',
      note: '做过车工',
    });
    const data = await h.ok('resident', 'account', 'myData', {});
    const section = data.sections.find((s) => s.title === '我报名的招聘岗位');
    expect(section?.items).toEqual([
      {
        heading: job.id,
        lines: [
          '状态：已报名',
          '提供给企业的称呼和电话：王建华 13900001111',
          '留言：做过车工',
          expect.stringMatching(/^时间：/),
        ],
      },
    ]);
  });
});

describe('account deletion', () => {
  it('withdraws an open interest and erases the contact; the job count follows', async () => {
    const job = await postJob();
    const who = await userWith(h, 'resident-leaving', []);
    await h.ok(who, 'enterprise', 'expressInterest', {
      jobId: job.id,
      shareContact: true,
      name: '要走的人',
      phone: '13900009999',
    });
    await h.ok(who, 'account', 'deleteAccount', { confirm: '注销' });
    expect(await h.deps.store.count(INTERESTS, { openid: who.openid })).toBe(0);
    const seen = await h.ok('enterprise_contact', 'enterprise', 'jobInterests', { jobId: job.id });
    expect([seen.people.length, seen.anonymous, seen.job.interested]).toEqual([0, 0, 0]);
    expect(JSON.stringify(await h.deps.store.find(INTERESTS, { jobId: job.id }))).not.toContain('13900009999');
  });
});
