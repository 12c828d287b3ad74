import http from 'node:http';

/**
 * A small client of the local HTTP contract, for the tests, the bench and
 * scripts (the app itself uses src/api). It uses node:http rather than fetch:
 * a burst of thousands of simultaneous requests must wait in the server's
 * accept queue as long as it takes, where fetch gives up connecting after 10 s
 * on a loaded machine.
 */
export interface HttpReply {
  status: number;
  body: any;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface ClientOptions {
  /**
   * Keep every idle connection open for reuse (by default the pool keeps 256).
   * The bench measures its bursts on open connections, as it does the no-op:
   * otherwise 2,000 simultaneous requests also time 2,000 TCP handshakes and
   * closes, in the same process as the server.
   */
  keepAllConnections?: boolean;
}

export class RuntimeClient {
  private readonly agent: http.Agent;

  constructor(
    readonly url: string,
    options: ClientOptions = {},
  ) {
    this.agent = options.keepAllConnections
      ? new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: Infinity })
      : agent;
  }

  post(route: string, body: unknown, token?: string): Promise<HttpReply> {
    const payload = Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': payload.length };
    if (token) headers.authorization = `Bearer ${token}`;
    return new Promise((resolve, reject) => {
      const req = http.request(`${this.url}${route}`, { method: 'POST', headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            reject(new Error(`not JSON (HTTP ${res.statusCode}): ${text.slice(0, 200)}`));
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Closes the pooled idle connections, e.g. after a pause longer than the server's keep-alive, when it may be closing them too. */
  closeIdleConnections(): void {
    for (const sockets of Object.values(this.agent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
  }

  call(fn: string, body: unknown, token?: string): Promise<HttpReply> {
    return this.post(`/api/functions/${fn}`, body, token);
  }

  login(persona: string): Promise<string> {
    return this.loginWith({ persona });
  }

  /**
   * Logs in a new resident by openid. By default they also agree to the current
   * privacy policy, as a resident does at the first-login consent step; pass
   * `{ consent: false }` to stay at the step.
   */
  async loginOpenid(openid: string, options: { consent?: boolean } = {}): Promise<string> {
    const token = await this.loginWith({ openid });
    if (options.consent !== false) {
      const me = await this.call('account', { action: 'me' }, token);
      const version = me.body?.data?.privacy?.policyVersion;
      const agreed = await this.call('account', { action: 'agreePrivacy', version }, token);
      if (!agreed.body?.ok) throw new Error(`consent failed: ${JSON.stringify(agreed.body)}`);
    }
    return token;
  }

  private async loginWith(body: unknown): Promise<string> {
    const res = await this.post('/api/dev/login', body);
    if (!res.body?.ok) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
    return res.body.data.token as string;
  }
}
