import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { AppError } from '../server/core/errors';
import { annotate } from './request-log';

/**
 * Security headers and rate limits of the local runtime's HTTP replies.
 *
 * The content security policy is what the Taro H5 build needs and no more
 * (tests/e2e/security-headers.e2e.test.ts runs the app in Chromium under it):
 * scripts, styles, fonts and media from this origin only; inline styles
 * (React and Taro set style attributes and inject <style> tags); images also
 * as data: and blob: URLs (photo previews before upload); no frames, no
 * plugins, forms and <base> to this origin only.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  // Taro's H5 tab bar renders <a href="javascript:;">: this hash allows exactly that no-op URL and nothing else.
  scriptSrc: ["'self'", "'unsafe-hashes'", "'sha256-lfXlPY3+MCPOPb4mrw1Y961+745U3WlDQVcOXdchSQc='"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // The runtime may be served over plain HTTP on a LAN: do not force HTTPS on sub-resources.
  upgradeInsecureRequests: null,
};

/** Requests per minute per client address; `false` turns a limit off. */
export interface RateLimits {
  /** POST /api/dev/login (the local runtime's only login). */
  login: number | false;
  /** Open311 (anonymous reads, keyed posts) and photo uploads. */
  public: number | false;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { login: 20, public: 120 };

export async function registerProtection(app: FastifyInstance): Promise<void> {
  // Built once: the Fastify plugin (@fastify/helmet) built this middleware, parsing the CSP directives, on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The app opens no popups and embeds nothing cross-origin; these stay off so lesson videos keep loading.
    crossOriginEmbedderPolicy: false,
    // Plain HTTP on a LAN is a supported way to run this; HSTS belongs to the HTTPS proxy in front.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)),
  );
  await app.register(rateLimit, { global: false });
}

/**
 * An onRequest hook limiting one group of routes. Exceeding it answers
 * RESOURCE_EXHAUSTED (429) through the scope's own error handler, so Open311
 * answers in its error format and the API in the envelope.
 */
export function limitHook(app: FastifyInstance, perMinute: number | false, group: string): onRequestHookHandler | null {
  if (perMinute === false) return null;
  return app.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (req: FastifyRequest) => `${group}:${req.ip}`,
    errorResponseBuilder: (req, context) => {
      annotate(req, { note: 'rate_limited' });
      const err = new AppError('RESOURCE_EXHAUSTED', `操作太频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`);
      return Object.assign(err, { statusCode: 429 });
    },
  });
}
