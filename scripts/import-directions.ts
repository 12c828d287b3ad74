import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Imports one way (docs/architecture.md, "Layers and their rules"). Every
 * source file belongs to a layer by its path; a layer may import only the
 * layers listed for it, and the inner layers no platform SDK. Run by
 * tests/unit/import-directions.test.ts (so by `npm test`) and by
 * `npx tsx scripts/import-directions.ts`.
 *
 * Type-only imports count inside the back end (a type pointing the wrong way
 * is still a dependency the wrong way); only the front end may import back-end
 * types, since `import type` ships no server code to the phone.
 */
export type Layer =
  | 'shared'
  | 'src'
  | 'core'
  | 'store-port'
  | 'store-adapter'
  | 'domain'
  | 'functions'
  | 'jobs'
  | 'platform'
  | 'collections'
  | 'seed'
  | 'runtime'
  | 'entry';

/** First match wins. Files outside every layer (scripts, bench, tests, config) are not checked. */
export const LAYERS: Array<[Layer, RegExp]> = [
  // Pure modules of the front end that the back end uses too, so a rule or a
  // format has one source: the one display format of times, the privacy data
  // file, the field rules (phone, ids, months, addresses). They import nothing of the project but each other, and no platform SDK.
  ['shared', /^src\/(utils\/format|privacy\/data|rules\/fields|rules\/credit-code)\.ts$/],
  ['src', /^src\//],
  ['core', /^server\/core\//],
  ['store-port', /^server\/store\/(port|collections)\.ts$/],
  ['store-adapter', /^server\/store\//],
  ['domain', /^server\/domain\//],
  ['functions', /^server\/functions\//],
  ['jobs', /^server\/jobs\//],
  ['platform', /^server\/platform\//],
  // Gathers every domain's collection specs for the store adapters and the CloudBase index list.
  ['collections', /^server\/collections\.ts$/],
  // Demo data and the seeders that write it (server/seed.ts runs them all).
  ['seed', /^(seed\/|server\/seed\.ts$)/],
  ['runtime', /^runtime\//],
  ['entry', /^cloudfunctions\//],
];

const INNER: Layer[] = ['core', 'store-port', 'shared'];

/** What each layer may import from the project (itself included). */
export const ALLOWED: Record<Layer, Layer[]> = {
  shared: ['shared'],
  core: INNER,
  'store-port': INNER,
  'store-adapter': ['store-adapter', ...INNER],
  domain: ['domain', ...INNER],
  functions: ['functions', 'domain', ...INNER],
  jobs: ['jobs', 'domain', ...INNER],
  collections: ['collections', 'domain', ...INNER],
  seed: ['seed', 'domain', ...INNER],
  // The edges assemble everything; they are never imported by the layers above.
  platform: ['platform', 'functions', 'jobs', 'domain', 'store-adapter', ...INNER],
  runtime: ['runtime', 'platform', 'functions', 'jobs', 'domain', 'collections', 'seed', 'store-adapter', ...INNER],
  entry: ['entry', 'platform', 'functions', 'jobs', 'domain', ...INNER],
  // The front end imports back-end types only (see SRC_VALUE_IMPORTS for exceptions).
  src: ['src', 'shared'],
};

/**
 * Back-end modules the front end may import as values: pure, with no server
 * dependency of their own (none: rules both sides use live in the `shared` layer, e.g. src/rules/fields.ts).
 */
export const SRC_VALUE_IMPORTS: string[] = [];

/** Packages that tie code to one platform: only store adapters, platform adapters, the runtime and the front end use them. */
const PLATFORM_PACKAGES =
  /^(@cloudbase\/|wx-server-sdk$|better-sqlite3$|fastify$|@fastify\/|sharp$|@tarojs\/|react$|react-dom$)/;
const NO_PLATFORM_SDK: Layer[] = ['shared', 'core', 'store-port', 'domain', 'functions', 'jobs', 'collections', 'seed'];

export interface ImportRef {
  /** The specifier as written. */
  specifier: string;
  /** Project-relative path of the target file, or null for a package. */
  target: string | null;
  typeOnly: boolean;
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

export function layerOf(relPath: string): Layer | null {
  const normal = relPath.split(path.sep).join('/');
  for (const [layer, pattern] of LAYERS) if (pattern.test(normal)) return layer;
  return null;
}

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '/index.ts', '/index.tsx', '/index.js'];

function resolveRelative(root: string, fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      return path.relative(root, candidate).split(path.sep).join('/');
  }
  // Unresolvable: classify by the path as written (a scss import, a missing file the compiler reports anyway).
  return path.relative(root, base).split(path.sep).join('/');
}

/** Every import, export-from, dynamic import, `import('x').T` and require() of one file, via the TypeScript parser. */
export function importsOf(root: string, relPath: string, text?: string): ImportRef[] {
  const source = text ?? fs.readFileSync(path.join(root, relPath), 'utf8');
  const sf = ts.createSourceFile(
    relPath,
    source,
    ts.ScriptTarget.Latest,
    true,
    relPath.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const refs: ImportRef[] = [];
  const add = (spec: ts.Expression | undefined, typeOnly: boolean, node: ts.Node) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const specifier = spec.text;
    const target = specifier.startsWith('.') ? resolveRelative(root, relPath, specifier) : null;
    refs.push({ specifier, target, typeOnly, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedTypeOnly =
        !!clause &&
        !clause.name &&
        !!bindings &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier, !!clause && (clause.isTypeOnly || allNamedTypeOnly), node);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(
        node.moduleSpecifier,
        node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)),
        node,
      );
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true, node);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return refs;
}

/** The rules an import breaks (empty when it is fine). */
export function checkImport(fromFile: string, ref: ImportRef): string[] {
  const from = layerOf(fromFile);
  if (!from) return [];
  if (ref.target === null) {
    if (NO_PLATFORM_SDK.includes(from) && PLATFORM_PACKAGES.test(ref.specifier))
      return [`${from} imports no platform SDK (${ref.specifier})`];
    return [];
  }
  const to = layerOf(ref.target);
  if (from === 'src') {
    if (to === 'src' || to === 'shared' || to === null) return [];
    if (ref.typeOnly || SRC_VALUE_IMPORTS.includes(ref.target)) return [];
    return [`src imports back-end code only as types (import type), not ${ref.target}`];
  }
  if (to === null) return [];
  if (ALLOWED[from].includes(to)) return [];
  return [`${from} must not import ${to} (${ref.target})`];
}

/** Every .ts/.tsx file under the layer roots, project-relative. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(path.join(root, dir))) return;
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(rel);
      } else if (/\.tsx?$/.test(entry.name)) out.push(rel);
    }
  };
  for (const dir of ['src', 'server', 'seed', 'runtime', 'cloudfunctions']) walk(dir);
  return out.sort();
}

export function findViolations(root: string, files: string[] = sourceFiles(root)): Violation[] {
  const found: Violation[] = [];
  for (const file of files) {
    for (const ref of importsOf(root, file)) {
      for (const rule of checkImport(file, ref)) found.push({ file, line: ref.line, specifier: ref.specifier, rule });
    }
  }
  return found;
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}: '${v.specifier}': ${v.rule}`;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const found = findViolations(root);
  for (const v of found) console.error(formatViolation(v));
  console.log(found.length === 0 ? 'imports go one way' : `${found.length} wrong-way imports`);
  process.exit(found.length === 0 ? 0 : 1);
}
