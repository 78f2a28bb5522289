/**
 * A verdict-only check of the rules beyond the schema (src/validate/rules.ts), generated from the runtime model:
 * `passesRules(report)` is true exactly when the rules would write no finding. It walks the report once for
 * the identifiers and once for everything else, along the model's paths merged into one tree, with every
 * property read and every check written out in straight-line code: no closures, no pointers, no finding
 * objects. Reports it does not clear go through the rules themselves, so findings keep coming from one place.
 *
 * Which fields each rule looks at comes from src/validate/rule-targets.ts, as for the rules; tests compare its
 * verdict with the rules' findings on examples, fixtures and generated and mutated reports.
 */
import type { GeneratedFile } from '../generated-file.js';
import { ModuleConstants } from './module-constants.js';
import type { FieldModel } from '../model/field-model.js';
import { runtimeModel } from '../runtime-model/generate-runtime-model.js';
import { pointerTokens } from '../../src/validate/paths.js';
import { INDICATOR_PATH, LEANING_STATUSES, OPEN_MARKINGS, ruleTargets } from '../../src/validate/rule-targets.js';
import type { RuntimeModel } from '../../src/validate/runtime-model.js';

export const RULES_VERDICT_MODULE = 'check-case-report-rules.js';
const BANNER = '// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.';

const js = (value: unknown) => JSON.stringify(value);
const read = (v: string, name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `${v}.${name}` : `${v}[${js(name)}]`);
const isRecord = (v: string) => `(${v} !== null && typeof ${v} == "object" && !Array.isArray(${v}))`;

/** A check on the value at a node (`v`), which may also look at the object or list holding it (`parent`) under `key`, an expression. */
type Check = (v: string, parent: string, key: string) => string;

/** The model's paths merged into a tree: a node per property or list step (`*`), with the checks on its value. */
interface PathNode {
  checks: Check[];
  children: Map<string, PathNode>;
}

const newNode = (): PathNode => ({ checks: [], children: new Map() });

function add(root: PathNode, path: string, check: Check): void {
  let node = root;
  for (const token of pointerTokens(path)) {
    // Property reads stand for Object.hasOwn: a name that every object inherits would read the prototype.
    if (token !== '*' && token in Object.prototype) throw new Error(`rules verdict generator: property "${token}" at ${path} is inherited by every object`);
    node = node.children.get(token) ?? node.children.set(token, newNode()).get(token)!;
  }
  node.checks.push(check);
}

/**
 * The walk of a tree in straight-line code, like forEachAt: a property is entered only in an object that is
 * not a list, a `*` only in a list. Variables are numbered, so nested blocks never shadow each other.
 */
function walk(node: PathNode, v: string, parent: string, key: string, names: { next: number }): string[] {
  const lines = node.checks.map((check) => check(v, parent, key));
  const properties = [...node.children].filter(([token]) => token !== '*');
  if (properties.length > 0) {
    lines.push(`if ${isRecord(v)} {`);
    for (const [token, child] of properties) {
      const c = `v${names.next++}`;
      lines.push(`  const ${c} = ${read(v, token)};`, ...walk(child, c, v, js(token), names).map((l) => `  ${l}`));
    }
    lines.push('}');
  }
  const items = node.children.get('*');
  if (items) {
    const i = `i${names.next++}`;
    const c = `v${names.next++}`;
    lines.push(`if (Array.isArray(${v})) for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`, `  const ${c} = ${v}[${i}];`);
    lines.push(...walk(items, c, v, i, names).map((l) => `  ${l}`), '}');
  }
  return lines;
}

/** Applies a test to a value that is a text or a list of texts (codes and references may be either). */
const eachText = (v: string, fails: (s: string) => string) =>
  `if (Array.isArray(${v})) { for (const s of ${v}) if (typeof s == "string" && ${fails('s')}) return false; } else if (typeof ${v} == "string" && ${fails(v)}) return false;`;

class RulesVerdictCompiler {
  private readonly constants = new ModuleConstants();
  private readonly targets;

  constructor(private readonly model: RuntimeModel) {
    this.targets = ruleTargets(model);
  }


  /** Identifiers: unique, and each recorded with the bit of the list it identifies items of (0 for none). */
  private identifiers(): PathNode {
    const root = newNode();
    const lists = Object.keys(this.targets.listPaths);
    for (const [field, list] of this.targets.idFields) {
      const bit = list === undefined ? 0 : 1 << lists.indexOf(list);
      // One look-up, not two: a known identifier leaves the size as it was.
      add(root, field.path, (v) => `if (typeof ${v} == "string") { const known = ids.size; if (ids.set(${v}, ${bit}).size === known) return false; }`);
    }
    if (lists.length > 30) throw new Error('rules verdict generator: more than 30 lists that can be referenced');
    return root;
  }

  /** Every other rule but field-level markings, which follow pointers and are checked after the walk. */
  private rules(): PathNode {
    const root = newNode();
    const { listPaths, refFields, orderedPairs, datedFields, codeCheckedFields, needsCodeCheck, moneyCodeParts, p4Fields } = this.targets;
    const lists = Object.keys(listPaths);
    for (const field of refFields) {
      // A reference resolves when its identifier is in one of the lists it may point at (a mask of 0 matches none).
      const mask = (field.refTarget ?? []).reduce((m, t) => (lists.includes(t) ? m | (1 << lists.indexOf(t)) : m), 0);
      add(root, field.path, (v) => eachText(v, (s) => `(ids.get(${s}) & ${mask}) === 0`));
    }
    for (const { parentPath, from, to } of orderedPairs) {
      add(root, parentPath, (v) => `if (${v} !== null && typeof ${v} == "object" && typeof ${read(v, from)} == "string" && typeof ${read(v, to)} == "string" && laterThan(${read(v, from)}, ${read(v, to)})) return false;`);
    }
    for (const field of datedFields) add(root, field.path, (v) => `if (reported !== undefined && typeof ${v} == "string" && laterThan(${v}, reported)) return false;`);
    const indicators = this.constants.name('INDICATORS', `new Map(${js(Object.entries(this.model.indicators))})`);
    const leaning = this.constants.name('LEANING_STATUSES', `new Set(${js([...LEANING_STATUSES])})`);
    // Unknown, withdrawn and deprecated indicators draw findings; a provisional (unverified) one only under an observation that leans on it.
    add(root, INDICATOR_PATH, (v, parent) => `if (typeof ${v} == "string") { const status = ${indicators}.get(${v}); if (status === undefined || status === "withdrawn" || status === "deprecated" || (status === "provisional" && ${leaning}.has(${parent}.status))) return false; }`);
    for (const field of codeCheckedFields) {
      if (field.deprecated) add(root, field.path, (_v, parent, key) => `if (Object.hasOwn(${parent}, ${key})) return false;`);
      if (needsCodeCheck(field.codelist)) add(root, field.path, (v) => eachText(v, this.codeFails(field.codelist!)));
      if (field.kind === 'money') {
        for (const [part, listName] of moneyCodeParts) {
          add(root, field.path, (v) => `if (${v} !== null && typeof ${v} == "object" && Object.hasOwn(${v}, ${js(part)})) { const part = ${read(v, part)}; ${eachText('part', this.codeFails(listName))} }`);
        }
      }
    }
    for (const field of p4Fields) {
      add(root, field.path, (v) => `if (open && ${v} !== undefined && !(${isRecord(v)} && Object.hasOwn(${v}, "missing"))) return false;`);
    }
    return root;
  }

  /** The test that a code draws a warning: deprecated, or outside an open list. */
  private codeFails(listName: string): (s: string) => string {
    const list = this.model.codelists[listName]!;
    const deprecated = Object.keys(list.deprecated);
    if (list.open) {
      const plain = this.constants.name('PLAIN_CODES', `new Set(${js(Object.keys(list.codes).filter((c) => !deprecated.includes(c)))})`);
      return (s) => `!${plain}.has(${s})`;
    }
    const set = this.constants.name('DEPRECATED_CODES', `new Set(${js(deprecated)})`);
    return (s) => `${set}.has(${s})`;
  }

  module(): string {
    const identifiers = walk(this.identifiers(), 'report', '', '', { next: 0 });
    const rules = walk(this.rules(), 'report', '', '', { next: 0 });
    const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
    return [
      BANNER,
      "import { pointerResolves } from '../validate/paths.js';",
      "import { laterThan } from '../validate/rule-targets.js';",
      "import { atLeastAsStrict } from '../share/tlp.js';",
      '',
      ...this.constants.lines,
      `const OPEN_MARKINGS = new Set(${js([...OPEN_MARKINGS])});`,
      '',
      '/** True when the rules beyond the schema find nothing in a report that passed the schema (no error, no warning). */',
      'export function passesRules(report) {',
      '  // Identifier → the bit of the list it identifies items of.',
      '  const ids = new Map();',
      ...indent(identifiers),
      '  const reported = typeof report.dateReported == "string" ? report.dateReported : undefined;',
      '  const sharing = report.sharing;',
      '  const tlp = sharing?.tlp;',
      '  const open = typeof tlp == "string" && OPEN_MARKINGS.has(tlp);',
      ...indent(rules),
      '  const marks = sharing?.fieldLevelTlp;',
      '  if (Array.isArray(marks)) {',
      '    for (const mark of marks) {',
      '      if (typeof mark.path !== "string" || mark.path === "" || !pointerResolves(report, mark.path)) return false;',
      '      if (atLeastAsStrict(String(tlp), mark.tlp)) return false;',
      '    }',
      '  }',
      '  return true;',
      '}',
      '',
    ].join('\n');
  }
}

/** The module's source for a runtime model. */
export function rulesVerdictModule(model: RuntimeModel): string {
  return new RulesVerdictCompiler(model).module();
}

const DECLARATION = `${BANNER}
/** True when the rules beyond the schema find nothing in a report that passed the schema (no error, no warning). */
export declare function passesRules(report: Record<string, unknown>): boolean;
`;

export function* generateRulesVerdict(model: FieldModel): Generator<GeneratedFile> {
  yield { root: 'src', path: RULES_VERDICT_MODULE, content: rulesVerdictModule(runtimeModel(model)) };
  yield { root: 'src', path: RULES_VERDICT_MODULE.replace(/\.js$/, '.d.ts'), content: DECLARATION };
}
