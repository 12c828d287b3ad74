import {
  fitScore,
  policyFits,
  rankForEnterprise,
  stillOpen,
  type RankablePolicy,
} from '../../../server/domain/enterprise/policy-match';

const factory = { industry: 'manufacturing', size: 'medium' };

function policy(id: string, over: Partial<RankablePolicy> = {}): RankablePolicy {
  return { _id: id, industries: [], sizes: [], deadline: null, publishedAt: '2026-06-01T00:00:00.000Z', ...over };
}

describe('policy matching (定位推送)', () => {
  it('fits when the policy names the enterprise industry and size, or leaves either open to all', () => {
    expect(policyFits({ industries: ['manufacturing'], sizes: ['medium', 'small'] }, factory)).toBe(true);
    expect(policyFits({ industries: [], sizes: [] }, factory)).toBe(true);
    expect(policyFits({ industries: ['manufacturing'], sizes: [] }, factory)).toBe(true);
    expect(policyFits({ industries: [], sizes: ['medium'] }, factory)).toBe(true);
  });

  it('does not fit another industry or another size', () => {
    expect(policyFits({ industries: ['software'], sizes: [] }, factory)).toBe(false);
    expect(policyFits({ industries: [], sizes: ['micro', 'small'] }, factory)).toBe(false);
    expect(policyFits({ industries: ['manufacturing'], sizes: ['large'] }, factory)).toBe(false);
  });

  it('scores a policy aimed at the industry above one for everybody, and a misfit at zero', () => {
    const everyone = fitScore({ industries: [], sizes: [] }, factory);
    const bySize = fitScore({ industries: [], sizes: ['medium'] }, factory);
    const byIndustry = fitScore({ industries: ['manufacturing'], sizes: [] }, factory);
    const both = fitScore({ industries: ['manufacturing'], sizes: ['medium'] }, factory);
    expect([everyone, bySize, byIndustry, both]).toEqual([1, 2, 3, 4]);
    expect(fitScore({ industries: ['software'], sizes: [] }, factory)).toBe(0);
  });

  it('counts the deadline day itself as open', () => {
    expect(stillOpen({ deadline: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(stillOpen({ deadline: '2026-11-30' }, '2026-12-01')).toBe(false);
    expect(stillOpen({ deadline: null }, '2030-01-01')).toBe(true);
  });

  it('puts the fitting policies first for an enterprise, then open before expired, then nearest deadline, then newest', () => {
    const list = [
      policy('other-industry', { industries: ['software'], publishedAt: '2026-11-01T00:00:00.000Z' }),
      policy('all-late', { deadline: '2026-12-31' }),
      policy('all-soon', { deadline: '2026-12-05' }),
      policy('all-expired', { deadline: '2026-11-01' }),
      policy('all-no-deadline-new', { publishedAt: '2026-10-01T00:00:00.000Z' }),
      policy('all-no-deadline-old', { publishedAt: '2026-01-01T00:00:00.000Z' }),
      policy('aimed', { industries: ['manufacturing'], deadline: '2026-12-31' }),
    ];
    const ranked = rankForEnterprise(list, factory, '2026-12-01').map((p) => p._id);
    expect(ranked).toEqual([
      'aimed',
      'all-soon',
      'all-late',
      'all-no-deadline-new',
      'all-no-deadline-old',
      'all-expired',
      'other-industry',
    ]);
  });

  it('ranks another enterprise differently from the same list', () => {
    const list = [
      policy('for-factories', { industries: ['manufacturing'] }),
      policy('for-software', { industries: ['software'] }),
    ];
    expect(rankForEnterprise(list, { industry: 'software', size: 'small' }, '2026-12-01').map((p) => p._id)).toEqual([
      'for-software',
      'for-factories',
    ]);
    expect(rankForEnterprise(list, factory, '2026-12-01').map((p) => p._id)).toEqual(['for-factories', 'for-software']);
  });
});
