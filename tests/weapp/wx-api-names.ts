import fs from 'node:fs';
import ts from 'typescript';

/**
 * The names of every member of WeChat's `wx` object, read from the
 * `interface Wx` of miniprogram-api-typings. Taro wraps only the APIs that
 * exist as keys on `wx` (processApis in @tarojs/shared), so a hand-made list
 * would silently drop whatever it forgot; this list is WeChat's own.
 */
export function wxApiNames(): string[] {
  const file = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx') {
      for (const member of node.members) {
        if (
          (ts.isMethodSignature(member) || ts.isPropertySignature(member)) &&
          member.name &&
          ts.isIdentifier(member.name)
        ) {
          names.add(member.name.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...names].sort();
}
