import { signToken, verifyToken } from '../../runtime/token';

const now = new Date('2026-11-26T00:00:00Z');

describe('session tokens', () => {
  it('round-trips the openid', () => {
    const { token } = signToken('s', 'wx-1', now);
    expect(verifyToken('s', token, now)).toBe('wx-1');
  });

  it('refuses a token signed with another secret, a tampered body and garbage', () => {
    const { token } = signToken('s', 'wx-1', now);
    expect(() => verifyToken('other', token, now)).toThrow('无效');
    const [, sig] = token.split('.');
    const body = Buffer.from(JSON.stringify({ sub: 'admin', exp: 9e9 })).toString('base64url');
    expect(() => verifyToken('s', `${body}.${sig}`, now)).toThrow('无效');
    expect(() => verifyToken('s', 'not-a-token', now)).toThrow('无效');
    expect(() => verifyToken('s', 'a.b.c', now)).toThrow('无效');
  });

  it('refuses an expired token with a sentence that says so', () => {
    const { token } = signToken('s', 'wx-1', now, 60);
    expect(() => verifyToken('s', token, new Date(now.getTime() + 61_000))).toThrow('过期');
  });

  it('a token seen before still fails with another secret, and still expires', () => {
    const { token } = signToken('s', 'wx-2', now, 60);
    expect(verifyToken('s', token, now)).toBe('wx-2');
    expect(verifyToken('s', token, now)).toBe('wx-2');
    expect(() => verifyToken('other', token, now)).toThrow('无效');
    expect(() => verifyToken('s', token, new Date(now.getTime() + 61_000))).toThrow('过期');
    const [body, sig] = token.split('.');
    expect(() => verifyToken('s', `${body}.${sig.slice(0, -2)}AA`, now)).toThrow('无效');
  });
});
