import { unwrapEnvelope } from './envelope';
import { requestJson } from './http';

/** The local runtime's demo login (H5 only; the server answers 404 when it is switched off). */
export interface Persona {
  id: string;
  name: string;
  roleLabel: string;
  description: string;
}

export interface DevLoginResult {
  token: string;
  expiresAt: string;
  user: { openid: string; name: string };
}

export async function listPersonas(): Promise<Persona[]> {
  const data = unwrapEnvelope<{ personas: Persona[] }>(await requestJson('/api/dev/personas', { method: 'GET' }));
  return Array.isArray(data?.personas) ? data.personas : [];
}

export async function devLogin(who: { persona: string } | { openid: string }): Promise<DevLoginResult> {
  return unwrapEnvelope<DevLoginResult>(await requestJson('/api/dev/login', { method: 'POST', body: who }));
}
