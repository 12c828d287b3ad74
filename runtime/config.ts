import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './protection';
import { newSecret } from './token';

export interface RuntimeConfig {
  port: number;
  host: string;
  dbFile: string;
  /** NODE_ENV=production: no demo seed, no demo Open311 key. */
  production: boolean;
  /** Demo login (/api/dev/*): on for local use, off under NODE_ENV=production unless DEMO_LOGIN=1. */
  demoLogin: boolean;
  tokenSecret: string;
  staticDir: string;
  /** How often the timer handlers run here (CloudBase runs them from a timer trigger). */
  jobIntervalMs: number;
  /** Requests per minute per client address on login and on Open311 and uploads. */
  rateLimits: RateLimits;
  /** One JSON line per request on stdout (REQUEST_LOG=0 turns it off). */
  requestLog: boolean;
  /** TRUST_PROXY=1 behind a reverse proxy, so each client is limited on its own address. */
  trustProxy: boolean;
  /** Where `npm run backup` and the scheduled backup write copies. */
  backupDir: string;
  /** How many backups to keep (older ones are removed after each new one). */
  backupKeep: number;
  /** Minutes between scheduled backups in the running runtime; 0 means none. */
  backupIntervalMinutes: number;
}

export const ROOT = path.resolve(__dirname, '..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const dbFile = path.resolve(ROOT, env.HUDAO_DB ?? '.data/hudao.sqlite');
  const production = env.NODE_ENV === 'production';
  const demoLogin = env.DEMO_LOGIN === undefined ? !production : env.DEMO_LOGIN === '1' || env.DEMO_LOGIN === 'true';
  return {
    production,
    port: parsePort(env.PORT),
    host: env.HOST ?? '127.0.0.1',
    dbFile,
    demoLogin,
    tokenSecret: env.TOKEN_SECRET ?? persistentSecret(path.join(path.dirname(dbFile), 'token-secret')),
    staticDir: path.resolve(ROOT, env.STATIC_DIR ?? 'dist/h5'),
    jobIntervalMs: Number(env.JOB_INTERVAL_MS ?? 60_000),
    rateLimits: {
      login: parseLimit('RATE_LIMIT_LOGIN', env.RATE_LIMIT_LOGIN, DEFAULT_RATE_LIMITS.login),
      public: parseLimit('RATE_LIMIT_PUBLIC', env.RATE_LIMIT_PUBLIC, DEFAULT_RATE_LIMITS.public),
    },
    requestLog: env.REQUEST_LOG !== '0',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    backupDir: path.resolve(ROOT, env.BACKUP_DIR ?? path.join(path.dirname(dbFile), 'backups')),
    backupKeep: parseWhole('BACKUP_KEEP', env.BACKUP_KEEP, 7, 1),
    backupIntervalMinutes: parseWhole('BACKUP_INTERVAL_MINUTES', env.BACKUP_INTERVAL_MINUTES, 0, 0),
  };
}

function parseWhole(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}; got "${raw}"`);
  return n;
}

/** A positive number of requests per minute, or 0 / "off" for no limit. */
function parseLimit(name: string, raw: string | undefined, fallback: number | false): number | false {
  if (raw === undefined || raw === '') return fallback;
  if (raw === '0' || raw === 'off') return false;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number of requests per minute, or 0 / off for no limit; got "${raw}"`);
  return n;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a number from 0 to 65535, got "${raw}"`);
  return port;
}

/** Kept beside the database so tokens survive a restart but not a fresh data folder. */
function persistentSecret(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = newSecret();
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
