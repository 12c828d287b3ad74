import { openWeapp, pageSettles, until, type WeappWorld } from './harness';
import { textOf, type RNode } from './mini-app';

/**
 * WeChat's screen reader reads WXML's aria-role and aria-label. Read from the
 * rendered weapp tree (what the templates produced from the React props, not
 * the source): every button, heading and form field of the pages residents
 * use most carries both.
 */
let world: WeappWorld;
beforeAll(async () => {
  world = await openWeapp();
});
afterAll(async () => {
  await world?.close();
});

const attr = (node: RNode, name: string) => node.attrs[name] ?? '';
const classes = (node: RNode) => attr(node, 'class').split(/\s+/);
const isHeading = (node: RNode) => classes(node).some((c) => c === 'page__title' || c === 'card__title');
const isButton = (node: RNode) => node.tag === 'button';
const isField = (node: RNode) => node.tag === 'input' || node.tag === 'textarea' || node.tag === 'picker';
const squash = (s: string) => s.replace(/\s+/g, '');
/** The pieces of text a screen reader may read: text nodes not inside an aria-hidden part (an icon glyph). */
const spokenPieces = (node: RNode): string[] =>
  attr(node, 'aria-hidden') === 'true'
    ? []
    : node.children.flatMap((c) => (typeof c === 'string' ? [squash(c)].filter(Boolean) : spokenPieces(c)));

const PAGES = [
  { name: 'home', as: 'resident', url: '/pages/index/index', shows: ['我要反映', '为老服务'], fields: 0 },
  {
    name: 'report',
    as: 'resident',
    url: '/packages/issues/report/index',
    shows: ['小广告与环境卫生', '提交反映'],
    fields: 4,
  },
  {
    name: 'book',
    as: 'relative',
    url: '/packages/eldercare/book/index?elderId=el-zhang-deshun&serviceId=svc-jiali-haircut',
    shows: ['选择上门时间', '个名额'],
    fields: 1,
  },
  {
    name: 'session',
    as: 'resident',
    url: '/packages/culture/session/index?id=ses-taichi-yc-next',
    shows: ['太极拳晨练班', '我的报名'],
    fields: 0,
  },
  {
    name: 'enterprise registration',
    as: 'resident',
    url: '/packages/enterprise/register/index',
    shows: ['统一社会信用代码', '提交登记'],
    fields: 5,
  },
];

describe.each(PAGES)('the $name page in WeChat', (page) => {
  let nodes: { buttons: RNode[]; headings: RNode[]; fields: RNode[] };

  beforeAll(async () => {
    await world.as(page.as, page.url);
    await pageSettles(world.app, page.shows);
    nodes = {
      buttons: world.app.select(isButton),
      headings: world.app.select(isHeading),
      fields: world.app.select(isField),
    };
  });

  it('names every button for the screen reader, with the words it shows', () => {
    expect(nodes.buttons.length).toBeGreaterThan(0);
    for (const button of nodes.buttons) {
      const role = attr(button, 'aria-role');
      expect({ text: textOf(button), role: ['button', 'radio', 'switch'].includes(role) }).toEqual({
        text: textOf(button),
        role: true,
      });
      const label = attr(button, 'aria-label');
      expect(label).not.toBe('');
      const shown = spokenPieces(button);
      if (role === 'switch') {
        // A switch is named by the words beside it (大字版); the words on it are its state, which aria-checked must say too.
        expect({ label, shown, checked: attr(button, 'aria-checked') }).toEqual({
          label,
          shown,
          checked: shown.join('') === '已开启' ? 'true' : 'false',
        });
        continue;
      }
      // The words shown (not an aria-hidden icon glyph), or an explicit label that says more (插入模板：…, 5 星, the date of a window);
      // every piece of words the button shows is in its name.
      expect({ label, shown, related: shown.every((piece) => squash(label).includes(piece)) }).toEqual({
        label,
        shown,
        related: true,
      });
    }
  });

  it('marks every heading as a heading named by its text', () => {
    expect(nodes.headings.length).toBeGreaterThan(0);
    for (const heading of nodes.headings) {
      expect({
        heading: textOf(heading),
        role: attr(heading, 'aria-role'),
        label: squash(attr(heading, 'aria-label')),
      }).toEqual({
        heading: textOf(heading),
        role: 'heading',
        label: squash(textOf(heading)),
      });
    }
  });

  it('labels every form field', () => {
    expect(nodes.fields.length).toBe(page.fields);
    for (const field of nodes.fields) {
      expect(attr(field, 'aria-role')).toBe('textbox');
      expect(attr(field, 'aria-label')).not.toBe('');
    }
  });
});

describe('status and progress in WeChat', () => {
  it('reads a booking status tag as a status', async () => {
    await world.as('relative', '/packages/eldercare/booking/index?id=bk_demo_zhang_haircut');
    await pageSettles(world.app, ['预约详情', '已完成']);
    const tags = world.app.select((n) => attr(n, 'aria-label') === '状态：已完成');
    expect(tags.length).toBeGreaterThan(0);
    expect(textOf(tags[0])).toBe('已完成');
  });

  it('reads a learning progress bar with its value', async () => {
    await world.as('resident', '/packages/culture/course/index?id=crs-taichi-24');
    await pageSettles(world.app, ['二十四式太极拳', '已学完 2 课']);
    const bars = world.app.select((n) => attr(n, 'aria-role') === 'progressbar');
    expect(bars.map((b) => attr(b, 'aria-label'))).toEqual(['二十四式太极拳学习进度 50%']);
  });

  it('announces a problem with a form as an alert with its words', async () => {
    await world.as('resident', '/packages/issues/report/index');
    await pageSettles(world.app, ['小广告与环境卫生']);
    // Submitting the empty form: the problem is an alert WeChat reads at once.
    world.app.press('提交反映');
    const alert = await until(
      world.app,
      'an alert',
      () => world.app.select((n) => attr(n, 'aria-role') === 'alert'),
      (a) => a.length > 0,
    );
    expect(textOf(alert[0])).not.toBe('');
    expect(squash(attr(alert[0], 'aria-label'))).toBe(squash(textOf(alert[0])));
  });
});
