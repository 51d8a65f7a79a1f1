// Where in the source an electronegativity finding in the built bundle comes from: the source
// file (through the build's source map) and the chain of named functions and properties around
// it, e.g. `electron/app/handlers/settings-handlers.ts › settingsHandlers › openExternal`. A
// justification names such a place, so a look-alike call site elsewhere is not covered by it.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { Finding } from './electronegativity';

export function placeOf(finding: Finding, outDir: string, repoRoot: string): string {
  const built = path.join(outDir, finding.file);
  const mapFile = `${built}.map`;
  // No map (the HTML page): the build copies it from the same path under the source tree.
  if (!existsSync(mapFile)) return finding.file;
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  const entry = map.findEntry(finding.location.line - 1, finding.location.column);
  if (!('originalSource' in entry)) return `${finding.file}:${finding.location.line}:${finding.location.column} (not in the source map)`;
  const source = path.resolve(path.dirname(mapFile), entry.originalSource);
  const relative = path.relative(repoRoot, source).split(path.sep).join('/');
  return [relative, ...enclosingNames(source, entry.originalLine, entry.originalColumn)].join(' › ');
}

/** The named functions, methods, variables and properties around a position, outermost first. */
function enclosingNames(file: string, line: number, column: number): string[] {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const position = sourceFile.getPositionOfLineAndCharacter(line, column);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (position < node.getStart(sourceFile) || position >= node.getEnd()) return;
    const name = nameOf(node, sourceFile);
    if (name !== undefined) names.push(name);
    node.forEachChild(visit);
  };
  sourceFile.forEachChild(visit);
  return names;
}

function nameOf(node: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isClassDeclaration(node)) && node.name) return node.name.getText(sourceFile);
  if ((ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) && node.initializer) return node.name.getText(sourceFile);
  // A callback is named after the call it is handed to: `setWindowOpenHandler(…)`.
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isCallExpression(node.parent) && node.parent.arguments.includes(node)) {
    const callee = node.parent.expression;
    return `${ts.isPropertyAccessExpression(callee) ? callee.name.getText(sourceFile) : callee.getText(sourceFile)}(…)`;
  }
  return undefined;
}
