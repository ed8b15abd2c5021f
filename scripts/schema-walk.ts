/**
 * Reading the content schemas as data, shared by the generators that must not drift from them
 * (scripts/field-reference.ts writes the authors' field reference, scripts/cms-config.ts the web
 * editor's configuration): the Zod schemas exported by src/schemas/*.ts, walked through their
 * definitions, and the JSDoc line above each field in those files, read with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const schemaDir = join(resolve(fileURLToPath(import.meta.url), '..', '..'), 'src', 'schemas');

// ---------------------------------------------------------------------------------------------
// JSDoc from the source files.

export interface Literal {
  file: string;
  keys: Set<string>;
  docs: Map<string, string>;
}

function jsdocBefore(text: string, node: ts.Node): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const doc = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**')).pop();
  if (!doc) return undefined;
  return doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Every object literal passed to z.object / z.strictObject / .extend, and the JSDoc of exported constants. */
export function readSources(): { literals: Literal[]; constants: Map<string, string> } {
  const literals: Literal[] = [];
  const constants = new Map<string, string>();
  for (const name of readdirSync(schemaDir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(schemaDir, name), 'utf8');
    const sf = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isVariableStatement(node)) {
        const doc = jsdocBefore(text, node);
        for (const decl of node.declarationList.declarations) if (doc && ts.isIdentifier(decl.name)) constants.set(decl.name.text, doc);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['object', 'strictObject', 'looseObject', 'extend'].includes(node.expression.name.text)) {
        const arg = node.arguments[0];
        if (arg && ts.isObjectLiteralExpression(arg)) {
          const lit: Literal = { file: `src/schemas/${name}`, keys: new Set(), docs: new Map() };
          for (const prop of arg.properties) {
            if (!(ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) || !prop.name) continue;
            const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(sf);
            lit.keys.add(key);
            const doc = jsdocBefore(text, prop);
            if (doc) lit.docs.set(key, doc);
          }
          literals.push(lit);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constants };
}

/** The literal a runtime object was written as: the one sharing most of its keys, with fewest extra. */
export function docFor(literals: Literal[], keys: string[], key: string): { doc?: string; file?: string } {
  let best: Literal | undefined;
  let bestScore = -Infinity;
  for (const lit of literals) {
    if (!lit.keys.has(key)) continue;
    const shared = keys.filter((k) => lit.keys.has(k)).length;
    const extra = [...lit.keys].filter((k) => !keys.includes(k)).length;
    const score = shared * 100 - extra;
    if (score > bestScore) [best, bestScore] = [lit, score];
  }
  return { doc: best?.docs.get(key), file: best?.file };
}

// ---------------------------------------------------------------------------------------------
// Walking the Zod schemas.

export interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  defaultValue?: unknown;
  valueType?: Schema;
  keyType?: Schema;
  entries?: Record<string, string>;
  options?: Schema[];
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
  error?: () => unknown;
  in?: Schema;
  out?: Schema;
}
export interface CheckDef {
  check: string;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  error?: (...args: unknown[]) => unknown;
}
export interface Schema {
  _zod: { def: Def };
}

export const def = (s: Schema) => s._zod.def;
/** Every `…Schema` export of src/schemas/*.ts, by export name. */
export async function schemaExports(): Promise<Map<string, Schema>> {
  const exported = new Map<string, Schema>();
  for (const name of readdirSync(schemaDir).filter((f) => f.endsWith('.ts')).sort()) {
    const mod = (await import(pathToFileURL(join(schemaDir, name)).href)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(mod)) if (key.endsWith('Schema') && value && typeof value === 'object' && '_zod' in value) exported.set(key, value as Schema);
  }
  return exported;
}
