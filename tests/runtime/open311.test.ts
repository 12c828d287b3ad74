import { DEMO_OPEN311_KEY } from '../../seed/issues';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

let rt: RunningRuntime;
beforeAll(async () => {
  rt = await startRuntime();
});
afterAll(async () => {
  await rt.close();
});

const BASE = '/open311/v2';

async function get(path: string) {
  const res = await fetch(`${rt.url}${BASE}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
}

async function post(fields: Record<string, string>, contentType = 'application/x-www-form-urlencoded') {
  const body = contentType.includes('json') ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  const res = await fetch(`${rt.url}${BASE}/requests.json`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: res.status, body: await res.json() };
}

const ISO_08 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

function expectSpecError(reply: { status: number; body: unknown }, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.body).toEqual([{ code: status, description: expect.any(String) }]);
}

describe('Open311 discovery and services', () => {
  it('describes the endpoint in a discovery document', async () => {
    const reply = await get('/discovery.json');
    expect(reply.status).toBe(200);
    expect(reply.body.endpoints[0]).toEqual(
      expect.objectContaining({ url: `${rt.url}${BASE}`, formats: ['application/json'] }),
    );
    expect(reply.body.changeset).toMatch(ISO_08);
  });

  it('lists the categories as services', async () => {
    const reply = await get('/services.json');
    expect(reply.status).toBe(200);
    expect(reply.type).toContain('application/json');
    expect(reply.body).toHaveLength(7);
    expect(reply.body[0]).toEqual({
      service_code: 'flyers',
      service_name: '小广告与环境卫生',
      description: expect.any(String),
      metadata: true,
      type: 'realtime',
      keywords: expect.any(String),
      group: '环境卫生',
    });
  });

  it('defines a service with its attributes, and answers 404 for an unknown one', async () => {
    const reply = await get('/services/flyers.json');
    expect(reply.status).toBe(200);
    expect(reply.body.service_code).toBe('flyers');
    expect(reply.body.attributes[0]).toEqual(
      expect.objectContaining({ code: 'address_detail', datatype: 'string', required: false, variable: true }),
    );
    expectSpecError(await get('/services/ufo.json'), 404);
  });

  it('answers 400 to the XML format and 404 to an unknown path', async () => {
    expectSpecError(await get('/services.xml'), 400);
    expectSpecError(await get('/services/flyers.xml'), 400);
    expectSpecError(await get('/nothing.json'), 404);
  });
});

describe('Open311 POST requests.json', () => {
  const form = {
    api_key: DEMO_OPEN311_KEY,
    service_code: 'flyers',
    address_string: '青岛市市北区万安一路6号',
    description: '万安一路6号楼道小广告，联系我 13912345678',
    first_name: '建华',
    last_name: '王',
    phone: '13912345678',
    'attribute[address_detail]': '3单元',
  };

  it('files a form-encoded request, routed like the app form, and answers with its id', async () => {
    const reply = await post(form);
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual([
      {
        service_request_id: expect.stringMatching(/^\d{8}-\d{4}$/),
        service_notice: expect.any(String),
        account_id: null,
      },
    ]);
    const id = reply.body[0].service_request_id;
    const read = await get(`/requests/${id}.json`);
    expect(read.status).toBe(200);
    expect(read.body).toHaveLength(1);
    expect(read.body[0]).toEqual(
      expect.objectContaining({
        service_request_id: id,
        status: 'open',
        service_code: 'flyers',
        agency_responsible: '万安一路网格党支部',
        address: '万安一路6号',
      }),
    );
    expect(read.body[0].requested_datetime).toMatch(ISO_08);
    expect(read.body[0].expected_datetime).toMatch(ISO_08);
  });

  it('never shows the phone, the name or the address detail of the reporter', async () => {
    const reply = await post(form);
    const read = await get(`/requests/${reply.body[0].service_request_id}.json`);
    const text = JSON.stringify(read.body);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('王建华');
    expect(text).not.toContain('建华');
    expect(text).not.toContain('3单元');
    // Staff still see the phone in the workbench.
    const token = await rt.client.login('grid_worker');
    const { body } = await rt.client.call(
      'issues',
      { action: 'get', ticketNo: reply.body[0].service_request_id },
      token,
    );
    expect(body.data.phone).toBe('13912345678');
    expect(body.data.address.detail).toBe('3单元');
  });

  it('accepts lat/long without an address, which goes to triage', async () => {
    const reply = await post({
      api_key: DEMO_OPEN311_KEY,
      service_code: 'stalls',
      lat: '36.0931',
      long: '120.3562',
      description: '路口流动摊点占道经营',
    });
    expect(reply.status).toBe(201);
    const read = await get(`/requests/${reply.body[0].service_request_id}.json`);
    expect(read.body[0]).toEqual(
      expect.objectContaining({ lat: 36.093, long: 120.356, agency_responsible: '湖岛街道（待分派）' }),
    );
  });

  it('accepts a JSON body too', async () => {
    expect((await post(form, 'application/json')).status).toBe(201);
  });

  it('answers 403 without a key, with a wrong key, and with a revoked key', async () => {
    const { api_key: _, ...noKey } = form;
    expectSpecError(await post(noKey), 403);
    expectSpecError(await post({ ...form, api_key: 'not-a-key' }), 403);
    const admin = await rt.client.login('district_admin');
    const issued = (await rt.client.call('issues', { action: 'issueApiKey', name: '临时密钥' }, admin)).body.data;
    expect((await post({ ...form, api_key: issued.key })).status).toBe(201);
    await rt.client.call('issues', { action: 'revokeApiKey', id: issued.id }, admin);
    expectSpecError(await post({ ...form, api_key: issued.key }), 403);
  });

  it.each([
    ['no service_code', { service_code: '' }],
    ['an unknown service_code', { service_code: 'ufo' }],
    ['no location at all', { address_string: '' }],
    ['an address without a house number', { address_string: '万安一路' }],
    ['a description that is too short', { description: '脏' }],
    ['a malformed phone', { phone: '123' }],
    ['a latitude out of range', { address_string: '', lat: '123', long: '120' }],
  ])('answers 400 to %s', async (_name, patch) => {
    expectSpecError(await post({ ...form, ...patch }), 400);
  });
});

describe('Open311 GET requests.json', () => {
  it('lists public requests of the last 90 days with +08:00 datetimes, newest first', async () => {
    const reply = await get('/requests.json');
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBeGreaterThan(3);
    for (const r of reply.body) {
      expect(r.requested_datetime).toMatch(ISO_08);
      expect(['open', 'closed']).toContain(r.status);
      expect(Object.keys(r)).not.toContain('phone');
    }
    const times = reply.body.map((r: { requested_datetime: string }) => Date.parse(r.requested_datetime));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // The seeded "other" issue is not public and the seeded rejected one neither.
    expect(reply.body.some((r: { service_code: string }) => r.service_code === 'other')).toBe(false);
  });

  it('filters by service_code and status', async () => {
    const flyers = await get('/requests.json?service_code=flyers');
    expect(flyers.body.length).toBeGreaterThan(0);
    expect(flyers.body.every((r: { service_code: string }) => r.service_code === 'flyers')).toBe(true);
    const closed = await get('/requests.json?status=closed');
    expect(closed.body.every((r: { status: string }) => r.status === 'closed')).toBe(true);
    const open = await get('/requests.json?status=open&service_code=gas_heating');
    expect(open.body.map((r: { address: string }) => r.address)).toEqual(['兴隆支路1号']);
  });

  it('finds requests by service_request_id', async () => {
    const all = await get('/requests.json');
    const ids = all.body.slice(0, 2).map((r: { service_request_id: string }) => r.service_request_id);
    const some = await get(`/requests.json?service_request_id=${ids.join(',')}`);
    expect(some.body.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual([...ids].sort());
  });

  it('pages with page and page_size', async () => {
    const first = await get('/requests.json?page_size=2&page=1');
    const second = await get('/requests.json?page_size=2&page=2');
    expect(first.body).toHaveLength(2);
    expect(second.body.length).toBeGreaterThan(0);
    expect(second.body[0].service_request_id).not.toBe(first.body[0].service_request_id);
    expect((await get('/requests.json?page_size=1000&page=2')).body).toEqual([]);
  });

  it('returns nothing from before the window, and refuses a window over 90 days', async () => {
    const old = await get('/requests.json?start_date=2020-01-01T00:00:00%2B08:00&end_date=2020-02-01T00:00:00%2B08:00');
    expect(old.status).toBe(200);
    expect(old.body).toEqual([]);
    expectSpecError(await get('/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-06-01T00:00:00Z'), 400);
  });

  it.each([
    ['a bad date', '?start_date=yesterday'],
    ['a bad status', '?status=pending'],
    ['a page size over 1000', '?page_size=5000'],
    ['page zero', '?page=0'],
  ])('answers 400 to %s', async (_name, query) => {
    expectSpecError(await get(`/requests.json${query}`), 400);
  });

  it('answers 404 for an unknown or non-public request', async () => {
    expectSpecError(await get('/requests/20000101-0001.json'), 404);
    const token = await rt.client.loginOpenid('wx-open311-private');
    const filed = await rt.client.call(
      'issues',
      {
        action: 'report',
        requestId: 'o311-private-01',
        category: 'other',
        description: '家里私事想咨询一下',
        address: { street: '万安一路', number: 6 },
      },
      token,
    );
    expectSpecError(await get(`/requests/${filed.body.data.ticketNo}.json`), 404);
  });

  it('masks phone numbers people typed into a public description', async () => {
    const reply = await post({
      api_key: DEMO_OPEN311_KEY,
      service_code: 'flyers',
      address_string: '万安一路8号',
      description: '小广告太多了，有事打我电话 13912345678',
    });
    const read = await get(`/requests/${reply.body[0].service_request_id}.json`);
    expect(read.body[0].description).toContain('1**********');
    expect(read.body[0].description).not.toContain('13912345678');
  });
});

describe('the rest of the runtime is unchanged', () => {
  it('still refuses a form-encoded body on the function routes', async () => {
    const res = await fetch(`${rt.url}/api/functions/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=ping',
    });
    expect(res.status).toBe(415);
  });
});
