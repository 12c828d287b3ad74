import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * A WeChat subpackage (src/packages/<name>) never imports from another one:
 * what two jobs share lives in src outside packages/ (src/components, src/hooks,
 * src/issues, ...). Otherwise the workbench grows into the issues package again.
 */
const ROOT = resolve(__dirname, '../..');
const PACKAGES = join(ROOT, 'src/packages');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|scss)$/.test(name) ? [path] : [];
  });
}

/** The packages/ folder a path lies in, or null outside src/packages. */
function packageOf(path: string): string | null {
  const rel = relative(PACKAGES, path);
  return rel.startsWith('..') ? null : rel.split(/[\\/]/)[0];
}

function crossPackageImports(sources: Array<{ file: string; text: string }>): string[] {
  const wrong: string[] = [];
  for (const { file, text } of sources) {
    const own = packageOf(file);
    for (const m of text.matchAll(/(?:from|import|@use)\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = packageOf(resolve(dirname(file), m[1]));
      if (target !== null && target !== own) wrong.push(`${relative(ROOT, file)} -> ${m[1]}`);
    }
  }
  return wrong;
}

describe('subpackages stay apart', () => {
  it('no file under src/packages/<job> imports from another job package', () => {
    expect(crossPackageImports(files(PACKAGES).map((file) => ({ file, text: readFileSync(file, 'utf8') })))).toEqual(
      [],
    );
  });

  it('catches a workbench page importing from the issues package, and allows the neutral src/issues', () => {
    const file = join(PACKAGES, 'workbench/issue/index.tsx');
    expect(
      crossPackageImports([
        { file, text: "import { Choices } from '../../issues/ui/Choices';\nimport '../../issues/issue-ui.scss';" },
      ]),
    ).toEqual([
      'src/packages/workbench/issue/index.tsx -> ../../issues/ui/Choices',
      'src/packages/workbench/issue/index.tsx -> ../../issues/issue-ui.scss',
    ]);
    expect(
      crossPackageImports([
        {
          file,
          text: "import { IssueCard } from '../../../issues/IssueCard';\nimport { Btn } from '../../../components/Btn';\nimport { x } from '../lib/actions';",
        },
      ]),
    ).toEqual([]);
  });
});
