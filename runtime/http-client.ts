/**
 * A small client of the local HTTP contract, for the tests, the bench and
 * scripts (the app itself uses src/api). Keep-alive comes from Node's fetch.
 */
export interface HttpReply {
  status: number;
  body: any;
}

export class RuntimeClient {
  constructor(readonly url: string) {}

  async post(route: string, body: unknown, token?: string): Promise<HttpReply> {
    const res = await fetch(`${this.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
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
