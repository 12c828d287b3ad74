import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Identity } from '../server/core/action';
import type { Envelope } from '../server/core/envelope';
import { AppError, HTTP_STATUS } from '../server/core/errors';
import { verifyToken } from './token';

/**
 * The two things every local route does the same way: read the caller from
 * the bearer token, and answer an envelope with the status its code implies.
 */
export function identify(req: FastifyRequest, secret: string, now: Date): Identity | null {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return null;
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
  if (!match) throw new AppError('UNAUTHENTICATED', '登录凭证格式不对，请重新登录');
  return { openid: verifyToken(secret, match[1], now) };
}

export function sendEnvelope(reply: FastifyReply, envelope: Envelope, status?: number): FastifyReply {
  const code = status ?? (envelope.ok ? 200 : HTTP_STATUS[envelope.error.code]);
  return reply.code(code).type('application/json; charset=utf-8').send(envelope);
}
