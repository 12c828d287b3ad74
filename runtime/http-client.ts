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

export class RuntimeClient {
  constructor(readonly url: string) {}

  post(route: string, body: unknown, token?: string): Promise<HttpReply> {
    const payload = Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': payload.length };
    if (token) headers.authorization = `Bearer ${token}`;
    return new Promise((resolve, reject) => {
      const req = http.request(`${this.url}${route}`, { method: 'POST', headers, agent }, (res) => {
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

  call(fn: string, body: unknown, token?: string): Promise<HttpReply> {
    return this.post(`/api/functions/${fn}`, body, token);
  }

  login(persona: string): Promise<string> {
    return this.loginWith({ persona });
  }

  loginOpenid(openid: string): Promise<string> {
    return this.loginWith({ openid });
  }

  private async loginWith(body: unknown): Promise<string> {
    const res = await this.post('/api/dev/login', body);
    if (!res.body?.ok) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
    return res.body.data.token as string;
  }
}
