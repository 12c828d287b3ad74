import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

let rt: RunningRuntime;
let dir: string;
const previous = process.env.HUDAO_UPLOADS_DIR;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-uploads-'));
  process.env.HUDAO_UPLOADS_DIR = dir;
  rt = await startRuntime();
});
afterAll(async () => {
  await rt.close();
  if (previous === undefined) delete process.env.HUDAO_UPLOADS_DIR;
  else process.env.HUDAO_UPLOADS_DIR = previous;
  fs.rmSync(dir, { recursive: true, force: true });
});

const MARKER = 'SECRET-EXIF-MARKER-13912345678';

/** A 4000 x 1000 photo carrying EXIF text and an orientation flag, as phones write them. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 1000, channels: 3, background: { r: 200, g: 60, b: 60 } } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { ImageDescription: MARKER, Make: 'TestPhone' } } })
    .toBuffer();
}

async function upload(body: Buffer | string, type: string, token?: string) {
  const res = await fetch(`${rt.url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('photo upload on the local runtime', () => {
  it('strips EXIF, turns the photo upright, shrinks it to 2048 px, and serves it back', async () => {
    const original = await phonePhoto();
    expect(original.includes(Buffer.from(MARKER))).toBe(true);
    expect((await sharp(original).metadata()).orientation).toBe(6);
    const token = await rt.client.login('resident');
    const reply = await upload(original, 'image/jpeg', token);
    expect(reply.status).toBe(200);
    expect(reply.body.data.url).toMatch(/^\/uploads\/[0-9a-f-]{36}\.jpg$/);
    const served = await fetch(`${rt.url}${reply.body.data.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('TestPhone'))).toBe(false);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    // Orientation 6 means "rotate 90°": the upright picture is tall, its long edge 2048.
    expect([meta.width, meta.height]).toEqual([512, 2048]);
  });

  it('lets the uploaded path be used as a photo of a report', async () => {
    const token = await rt.client.login('resident');
    const { body } = await upload(await phonePhoto(), 'image/jpeg', token);
    const filed = await rt.client.call(
      'issues',
      {
        action: 'report',
        requestId: 'upload-report-01',
        category: 'flyers',
        description: '楼道小广告，见照片',
        address: { street: '万安一路', number: 6 },
        photos: [body.data.url],
      },
      token,
    );
    expect(filed.body.ok).toBe(true);
  });

  it('asks for a login, and refuses what is not a picture', async () => {
    expect((await upload(await phonePhoto(), 'image/jpeg')).status).toBe(401);
    const token = await rt.client.login('resident');
    const notImage = await upload(Buffer.from('not really a jpeg'), 'image/jpeg', token);
    expect(notImage.status).toBe(400);
    expect(notImage.body.error.message).toContain('无法识别');
    expect((await upload('hello', 'text/html', token)).status).toBe(415);
  });

  it('serves nothing but its own files', async () => {
    expect((await fetch(`${rt.url}/uploads/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${rt.url}/uploads/00000000-0000-0000-0000-000000000000.jpg`)).status).toBe(404);
  });
});
