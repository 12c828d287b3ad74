import fs from 'node:fs';
import path from 'node:path';
import { createWxDouble, type WxRecord } from './wx-double';

// miniprogram-simulate registers WeChat's built-in components and its Component()
// constructor as globals when required; it runs in jest's jsdom environment.
const simulate = require('miniprogram-simulate');
const simulateUtils = require('miniprogram-simulate/src/utils');
const exparser = require(
  require.resolve('miniprogram-exparser', { paths: [path.dirname(require.resolve('j-component'))] }),
);

/** One node of the rendered tree: what WeChat's exparser holds after the templates ran. */
export interface RNode {
  tag: string;
  attrs: Record<string, string>;
  events: string[];
  children: (RNode | string)[];
  parent: RNode | null;
  /** The exparser element, for dispatching events. */
  element: unknown;
}

export interface PageHandle {
  route: string;
  query: Record<string, string>;
  /** The page's `this` (what getCurrentPages() returns). */
  instance: Record<string, any>;
  component: { dom: Element; detach(): void; instance: Record<string, any>; _exparserNode: unknown };
}

export function textOf(node: RNode | string): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

export function walkTree(root: RNode, visit: (node: RNode) => void): void {
  visit(root);
  for (const child of root.children) if (typeof child !== 'string') walkTree(child, visit);
}

/** Reads the rendered tree from the exparser nodes (attributes such as aria-role live there, not in the DOM). */
function readTree(element: any, parent: RNode | null): (RNode | string)[] {
  if (element instanceof exparser.TextNode) return [element.textContent as string];
  if (!(element instanceof exparser.Element)) return [];
  const vt = element._vt ?? {};
  const node: RNode | null = element.__virtual
    ? null
    : {
        tag: vt.tagName ?? element.is ?? '?',
        // The simulator keeps attribute names camelCased (ariaRole); they are read back as written in WXML (aria-role).
        attrs: Object.fromEntries(
          ((vt.attrs ?? []) as { name: string; value: unknown }[]).map((a) => [
            dashed(a.name),
            a.value == null ? '' : String(a.value),
          ]),
        ),
        events: Object.values((vt.event ?? {}) as Record<string, { name: string }>).map((e) => e.name),
        children: [],
        parent,
        element,
      };
  const children: (RNode | string)[] = [];
  for (const child of element.childNodes ?? []) children.push(...readTree(child, node ?? parent));
  // A custom component (Taro's `comp`, used past the template depth) renders into its shadow root.
  if (element instanceof exparser.Component && element.shadowRoot instanceof exparser.Element) {
    for (const child of element.shadowRoot.childNodes ?? []) children.push(...readTree(child, node ?? parent));
  }
  if (!node) return children;
  node.children = children;
  return [node];
}

export interface LaunchOptions {
  /** The built mini-program (dist/weapp or a copy). */
  root: string;
  /** What `wx.cloud.callFunction` does: return the function's result (the envelope). */
  callFunction: (name: string, data: unknown) => Promise<unknown>;
}

/**
 * The production weapp bundle running in miniprogram-simulate: `app.js` loaded
 * with App/Page/getApp/getCurrentPages/wx provided, every page rendered from
 * the wcc-compiled WXML (compiler 'official'), `Page()` mapped onto the
 * simulator's component lifecycle (attached = onLoad + onShow, ready =
 * onReady, detached = onUnload) and a page stack for navigation.
 */
export class MiniApp {
  readonly record: WxRecord;
  /** console.error / console.warn output; exparser reports errors thrown in lifecycles and event handlers there too. */
  readonly errors: string[] = [];
  readonly stack: PageHandle[] = [];
  private readonly pageIds = new Map<string, string>();
  private readonly tabs: string[];
  private readonly app: Record<string, any>;
  private readonly container: HTMLElement;
  private readonly restoreConsole: () => void;

  private constructor(private readonly options: LaunchOptions) {
    const appJson = JSON.parse(fs.readFileSync(path.join(options.root, 'app.json'), 'utf8'));
    this.tabs = (appJson.tabBar?.list ?? []).map((t: { pagePath: string }) => t.pagePath);
    this.container = document.createElement('div');
    document.body.appendChild(this.container);

    const originalError = console.error;
    const originalWarn = console.warn;
    console.error = (...args: unknown[]) => {
      this.errors.push(`console.error: ${args.map(describe).join(' ')}`);
    };
    console.warn = (...args: unknown[]) => {
      this.errors.push(`console.warn: ${args.map(describe).join(' ')}`);
    };
    this.restoreConsole = () => {
      console.error = originalError;
      console.warn = originalWarn;
    };

    const { wx, record } = createWxDouble({
      navigate: (kind, url) => this.navigate(kind, url),
      navigateBack: (delta) => this.back(delta),
      callFunction: options.callFunction,
    });
    this.record = record;
    const g = globalThis as Record<string, any>;
    g.wx = wx;

    // Remember each file's Component() definition: jest keeps required modules
    // (and webpack its modules) cached, so a second load of a page or of Taro's
    // `comp` runs no code; the simulator still needs the definition registered.
    const simulatedComponent = g.Component;
    const definitions = new Map<string, object>();
    let running: string | null = null;
    let registered = false;
    g.Component = (definition: object) => {
      if (running) definitions.set(running, definition);
      registered = true;
      simulatedComponent(definition);
    };
    g.Page = (options: Record<string, any>) => g.Component(this.pageAsComponent(options));
    simulateUtils.runJs = (file: string) => {
      running = file;
      registered = false;
      try {
        require(file);
        if (!registered) {
          const definition = definitions.get(file);
          if (!definition) throw new Error(`${path.relative(options.root, file)}.js registered no component`);
          simulatedComponent(definition);
        }
      } finally {
        running = null;
      }
    };
    let appConfig: Record<string, any> | null = null;
    g.App = (config: Record<string, any>) => {
      appConfig = config;
    };
    g.getApp = () => appConfig;
    g.getCurrentPages = () => this.stack.map((p) => p.instance);

    require(path.join(options.root, 'app.js'));
    if (!appConfig) throw new Error('app.js did not call App()');
    this.app = appConfig;
  }

  static launch(options: LaunchOptions): MiniApp {
    const app = new MiniApp(options);
    const launch = { path: app.tabs[0] ?? 'pages/index/index', query: {}, scene: 1001 };
    app.app.onLaunch?.(launch);
    app.app.onShow?.(launch);
    return app;
  }

  private pending: { route: string; query: Record<string, string>; handle: Partial<PageHandle> } | null = null;

  private pageAsComponent(options: Record<string, any>) {
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    const host = this;
    return {
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, any>) {
          const pending = host.pending!;
          this.route = pending.route;
          this.__route__ = pending.route;
          this.options = pending.query;
          pending.handle.instance = this;
          this.onLoad?.({ ...pending.query });
          this.onShow?.();
        },
        ready(this: Record<string, any>) {
          this.onReady?.();
        },
        detached(this: Record<string, any>) {
          this.onUnload?.();
        },
      },
    };
  }

  /** Registers a page with the simulator once (wxml compiled by wcc), then renders a fresh instance. */
  private mount(route: string, query: Record<string, string>): PageHandle {
    let id = this.pageIds.get(route);
    if (!id) {
      const file = path.join(this.options.root, route);
      if (!fs.existsSync(`${file}.json`)) throw new Error(`no page ${route} in the build`);
      id = simulate.load(file, {
        compiler: 'official',
        rootPath: this.options.root,
        compilerOptions: { maxBuffer: 256 * 1024 * 1024 },
      }) as string;
      this.pageIds.set(route, id);
    }
    const handle: Partial<PageHandle> = { route, query };
    this.pending = { route, query, handle };
    try {
      const component = simulate.render(id);
      handle.component = component;
      this.stack.push(handle as PageHandle);
      component.attach(this.container);
    } finally {
      this.pending = null;
    }
    if (!handle.instance) throw new Error(`page ${route} did not attach`);
    return handle as PageHandle;
  }

  private unmount(page: PageHandle): void {
    page.component.detach();
  }

  get current(): PageHandle {
    const page = this.stack[this.stack.length - 1];
    if (!page) throw new Error('no page open');
    return page;
  }

  /** Opens a page as a launch would (reLaunch): `open('/packages/issues/report/index?id=1')`. */
  open(url: string): PageHandle {
    this.closeAll();
    const { route, query } = parseUrl(url);
    return this.mount(route, query);
  }

  private closeAll(): void {
    while (this.stack.length) this.unmount(this.stack.pop()!);
  }

  private async navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): Promise<void> {
    const { route, query } = parseUrl(url);
    const isTab = this.tabs.includes(route);
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) throw new Error(`can not ${kind} a tabbar page`);
    if (kind === 'switchTab' && !isTab) throw new Error('can not switch to a page that is not a tab');
    if (!this.pageIds.has(route) && !fs.existsSync(path.join(this.options.root, `${route}.json`)))
      throw new Error(`page "${route}" is not found`);
    if (kind === 'navigateTo') {
      if (this.stack.length >= 10) throw new Error('webview count limit exceed');
      this.stack[this.stack.length - 1]?.instance.onHide?.();
    } else if (kind === 'redirectTo') {
      const top = this.stack.pop();
      if (top) this.unmount(top);
    } else {
      this.closeAll();
    }
    this.mount(route, query);
  }

  private async back(delta: number): Promise<void> {
    if (this.stack.length <= 1) throw new Error('cannot navigate back at first page');
    for (let i = 0; i < delta && this.stack.length > 1; i++) this.unmount(this.stack.pop()!);
    this.current.instance.onShow?.();
  }

  /** The current page's rendered tree. */
  tree(page: PageHandle = this.current): RNode {
    const rootElement = page.component._exparserNode as any;
    const root: RNode = { tag: 'page', attrs: {}, events: [], children: [], parent: null, element: rootElement };
    for (const child of rootElement.shadowRoot.childNodes) root.children.push(...readTree(child, root));
    return root;
  }

  text(page: PageHandle = this.current): string {
    return textOf(this.tree(page));
  }

  /** Nodes whose own text (with descendants) matches, innermost first. */
  findAll(match: string | RegExp, filter: (node: RNode) => boolean = () => true): RNode[] {
    const found: RNode[] = [];
    walkTree(this.tree(), (node) => {
      const text = textOf(node);
      if ((typeof match === 'string' ? text.includes(match) : match.test(text)) && filter(node)) found.push(node);
    });
    // Innermost first: a node before any of its ancestors.
    return found.reverse();
  }

  /** Every node that satisfies `filter`, in document order. */
  select(filter: (node: RNode) => boolean): RNode[] {
    const found: RNode[] = [];
    walkTree(this.tree(), (node) => {
      if (filter(node)) found.push(node);
    });
    return found;
  }

  /** Taps the innermost tappable node showing `match` (a button, a card), as a finger would. */
  tap(target: string | RegExp | RNode): void {
    const node =
      typeof target === 'object' && !(target instanceof RegExp)
        ? target
        : this.findAll(target, (n) => n.events.includes('tap'))[0];
    if (!node) throw new Error(`nothing tappable shows ${String(target)} on ${this.current.route}:\n${this.text()}`);
    let tappable: RNode | null = node;
    while (tappable && !tappable.events.includes('tap')) tappable = tappable.parent;
    if (!tappable) throw new Error(`no tap handler on or above the node showing ${String(target)}`);
    dispatch(tappable.element, 'tap', { x: 1, y: 1 });
  }

  /**
   * Taps the button a screen reader announces as `name` (its aria-label: the
   * exact words, or a pattern), as a resident using TalkBack or VoiceOver
   * would find it. Exactly one such button must be on the page.
   */
  press(name: string | RegExp): void {
    const buttons = this.select((n) => n.tag === 'button' || n.attrs['aria-role'] === 'button');
    const matches = buttons.filter((b) => {
      const label = b.attrs['aria-label'] ?? '';
      return typeof name === 'string' ? label === name : name.test(label);
    });
    if (matches.length !== 1) {
      const labels = buttons.map((b) => `  ${b.attrs['aria-label'] || '(no label)'}`).join('\n');
      throw new Error(
        `expected one button named ${String(name)} on ${this.current.route}, found ${matches.length}; buttons:\n${labels}`,
      );
    }
    if (matches[0].attrs.disabled === 'true') throw new Error(`button ${String(name)} is disabled`);
    this.tap(matches[0]);
  }

  /** Types into an input or textarea, as the keyboard would (an `input` event with the whole value). */
  type(field: RNode, value: string): void {
    if (!field.events.includes('input')) throw new Error(`<${field.tag}> takes no input`);
    dispatch(field.element, 'input', { value, cursor: value.length, keyCode: 0 });
  }

  close(): void {
    this.closeAll();
    this.container.remove();
    this.restoreConsole();
  }
}

function dispatch(element: unknown, name: string, detail: Record<string, unknown>): void {
  exparser.Event.dispatchEvent(
    element,
    exparser.Event.create(name, detail, {
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: {}, changedTouches: {} },
    }),
  );
}

function dashed(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [route, search = ''] = url.replace(/^\//, '').split('?');
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { route, query };
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
