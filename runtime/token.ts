import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../server/core/errors';

/**
 * The local runtime's session token: base64url(JSON {sub, exp}) + "." + HMAC-SHA256.
 * In WeChat there is no token at all: CloudBase hands the function the caller's OPENID.
 */
export interface TokenClaims {
  sub: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signToken(
  secret: string,
  openid: string,
  now: Date,
  ttlSeconds = TOKEN_TTL_SECONDS,
): { token: string; expiresAt: string } {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const body = Buffer.from(JSON.stringify({ sub: openid, exp } satisfies TokenClaims)).toString('base64url');
  return { token: `${body}.${mac(secret, body).toString('base64url')}`, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * Tokens whose signature was already checked, per secret: every request carries
 * one, and an HMAC per request showed up in the burst profiles. Only a token
 * that verified is remembered (the exact string, so a tampered one misses), its
 * expiry is still checked on every use, and the cache is dropped when it fills.
 */
const VERIFIED = new Map<string, Map<string, TokenClaims>>();
const VERIFIED_MAX = 10_000;

/** The caller's openid, or UNAUTHENTICATED with a sentence saying what to do. */
export function verifyToken(secret: string, token: string, now: Date): string {
  let known = VERIFIED.get(secret);
  const cached = known?.get(token);
  const claims = cached ?? checkSignature(secret, token);
  if (claims.exp * 1000 <= now.getTime()) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录');
  if (!cached) {
    if (!known || known.size >= VERIFIED_MAX) VERIFIED.set(secret, (known = new Map()));
    known.set(token, claims);
  }
  return claims.sub;
}

function checkSignature(secret: string, token: string): TokenClaims {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw invalid();
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let claims: Partial<TokenClaims>;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TokenClaims>;
  } catch {
    throw invalid();
  }
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') throw invalid();
  return { sub: claims.sub, exp: claims.exp };
}

function invalid(): AppError {
  return new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录');
}
