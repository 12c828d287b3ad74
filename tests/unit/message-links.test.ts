import { CULTURE_PAGES } from '../../server/domain/culture/notices';
import { ELDERCARE_PAGES } from '../../server/domain/eldercare/notices';
import { REQUEST_PAGES } from '../../server/domain/enterprise/requests/notices';
import { RESIDENT_PAGE, STAFF_PAGE } from '../../server/domain/issues/notify';

// app.config.ts calls Taro's compile-time global; here it only needs to hand the object back.
(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
const appConfig = require('../../src/app.config').default as {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
};

const routes = new Set([
  ...appConfig.pages,
  ...appConfig.subPackages.flatMap((sp) => sp.pages.map((p) => `${sp.root}/${p}`)),
]);
const route = (link: string) => link.replace(/^\//, '').replace(/\?.*$/, '');

describe('links in messages', () => {
  const links: Array<[string, string]> = [
    ['issues resident', `${RESIDENT_PAGE}x`],
    ['issues staff', `${STAFF_PAGE}x`],
    ['culture course', CULTURE_PAGES.course('x')],
    ['culture session', CULTURE_PAGES.session('x')],
    ['culture mine', CULTURE_PAGES.mine],
    ['eldercare home', ELDERCARE_PAGES.home],
    ['eldercare booking', ELDERCARE_PAGES.booking('x')],
    ['eldercare partner booking', ELDERCARE_PAGES.partnerBooking('x')],
    ['eldercare partner', ELDERCARE_PAGES.partner],
    ['enterprise request (contact)', REQUEST_PAGES.mine('x')],
    ['enterprise request (staff)', REQUEST_PAGES.handle('x')],
    ['enterprise request queue', REQUEST_PAGES.queue],
    ['account', '/pages/me/index'],
  ];

  it.each(links)('%s opens a page the app has', (_name, link) => {
    expect(routes).toContain(route(link));
  });
});
