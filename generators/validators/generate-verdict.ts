/**
 * A verdict-only schema check, generated from the same validation schema as the Ajv module: one straight-line
 * function per object or list type, code lists as module-level Sets, $refs to plain values inlined, and no error
 * objects at all. It only answers "does the report pass the schema?"; the runtime asks the Ajv module for the
 * errors of the (rare) reports that do not, so findings keep coming from one place.
 *
 * Only the keywords the HTFDS schema uses are translated, each with Ajv's own semantics (strict numbers, Unicode
 * patterns, code-point lengths, ajv-formats' full formats); any other keyword stops the build, so the check can
 * never silently ignore a constraint. Tests compare its verdicts with Ajv's on examples, fixtures and generated
 * valid and invalid reports.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { GeneratedFile } from '../generated-file.js';
import { ModuleConstants } from './module-constants.js';
import type { FieldModel } from '../model/field-model.js';
import { isObject } from '../model/schema-graph.js';
import type { JsonObject } from '../model/source.js';
import { CODELIST_KEYWORD, CODES_KEYWORD, validationSchema } from './validation-schema.js';

export const VERDICT_MODULE = 'check-case-report-schema.js';
const BANNER = '// Generated from the HTFDS schema by generators/validators/generate-verdict.ts. Do not edit: change schema/ and run `npm run build`.';

const TRANSLATED = new Set([
  '$ref', 'type', 'anyOf', CODES_KEYWORD, CODELIST_KEYWORD, 'items', 'uniqueItems', 'minItems', 'maxItems', 'properties', 'required',
  'additionalProperties', 'dependentRequired', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'if', 'then', 'enum', 'const',
]);

/** Ajv's type tests (strict numbers: only finite numbers are numbers). */
const TYPE_TESTS: Record<string, (v: string) => string> = {
  object: (v) => `(${v} !== null && typeof ${v} == "object" && !Array.isArray(${v}))`,
  array: (v) => `Array.isArray(${v})`,
  string: (v) => `typeof ${v} == "string"`,
  boolean: (v) => `typeof ${v} == "boolean"`,
  number: (v) => `(typeof ${v} == "number" && isFinite(${v}))`,
  integer: (v) => `(typeof ${v} == "number" && !(${v} % 1) && isFinite(${v}))`,
  null: (v) => `${v} === null`,
};

/** Which instance type a keyword constrains (it holds for values of any other type). */
const KEYWORD_TYPE: Record<string, string> = {
  [CODES_KEYWORD]: 'string', minLength: 'string', maxLength: 'string', pattern: 'string', format: 'string',
  minimum: 'number', maximum: 'number',
  items: 'array', uniqueItems: 'array', minItems: 'array', maxItems: 'array',
  properties: 'object', required: 'object', additionalProperties: 'object', dependentRequired: 'object',
};

/**
 * A property's test in a condition: `{"const": c}` or `{"not": {"const": c}}`, with a constant that strict
 * equality compares as Ajv's deep equality does (text, a number, true or false, null).
 */
function constantTest(schema: JsonObject, v: string, hint: string): string {
  const keys = Object.keys(schema).join();
  const negated = keys === 'not' && isObject(schema.not);
  const inner = negated ? (schema.not as JsonObject) : schema;
  if (Object.keys(inner).join() !== 'const' || !isPrimitive(inner.const)) throw new Error(`verdict generator: a condition at ${hint} that is not a comparison with a constant is not translated`);
  return `${negated ? '!' : ''}(${v} === ${js(inner.const)})`;
}

/** A constant that strict equality compares as Ajv's deep equality does: text, a number, true or false, null. */
const isPrimitive = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Formats with a faster equivalent in src/validate/fast-formats.ts → its function. */
const FAST_FORMATS: Record<string, string> = { date: 'isFullDate' };

const js = (value: unknown) => JSON.stringify(value);
/** A name or path as part of a JavaScript identifier: accountHolders/items → AccountHoldersItems. */
const identifierPart = (text: string) => text.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()).replace(/^./, (c) => c.toUpperCase());
/** A property read: `d.name` where that is valid JavaScript, `d["odd-name"]` otherwise. */
const read = (v: string, name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `${v}.${name}` : `${v}[${js(name)}]`);

/** What the schemas compiled into one module share: its constants, its functions and their names. */
class VerdictModule {
  readonly constants = new ModuleConstants();
  readonly functions: string[] = [];
  readonly usedNames = new Set<string>();
}

class VerdictCompiler {
  /** Object and list definitions → the name of their function (reserved before the body is compiled, for recursion). */
  private readonly defFunctions = new Map<string, string>();
  /** Definitions being inlined, to refuse an inlined definition that refers to itself. */
  private readonly inlining = new Set<string>();
  private readonly constants: ModuleConstants;
  private readonly functions: string[];
  private readonly usedNames: Set<string>;

  /** `prefix` starts the names of this schema's functions, so that several schemas with the same definition names share a module. */
  constructor(private readonly defs: JsonObject, into: VerdictModule, private readonly prefix = '') {
    ({ constants: this.constants, functions: this.functions, usedNames: this.usedNames } = into);
  }


  private functionName(hint: string): string {
    const base = `check${this.prefix}${identifierPart(hint)}`;
    let name = base;
    for (let i = 2; this.usedNames.has(name); i++) name = `${base}${i}`;
    this.usedNames.add(name);
    return name;
  }

  private def(ref: string): { name: string; schema: JsonObject } {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const schema = match ? this.defs[match[1]!] : undefined;
    if (!match || !isObject(schema)) throw new Error(`verdict generator: cannot resolve ${ref}`);
    return { name: match[1]!, schema };
  }

  /**
   * A JavaScript expression that is true when the value in variable `v` passes `schema`. `known` is a type the
   * caller has already checked; `name` names the function when the schema needs one (objects and lists).
   */
  expression(schema: JsonObject, v: string, hint: string, known?: string, name?: string): string {
    for (const key of Object.keys(schema)) {
      if (!TRANSLATED.has(key)) throw new Error(`verdict generator: keyword "${key}" at ${hint} is not translated; teach generators/validators/generate-verdict.ts`);
    }
    const type = schema.type;
    if (type !== undefined && (typeof type !== 'string' || !TYPE_TESTS[type])) throw new Error(`verdict generator: type ${js(type)} at ${hint} is not translated`);
    // Objects with properties and lists with items get a function of their own, which checks every keyword.
    if ('properties' in schema || 'additionalProperties' in schema) return `${this.objectFunction(schema, hint, name)}(${v})`;
    if ('items' in schema) return `${this.arrayFunction(schema, hint, name)}(${v})`;
    return this.conjunction(schema, v, hint, known);
  }

  /** Every keyword of `schema` as one expression; keywords for another type than `known` hold for values of other types. */
  private conjunction(schema: JsonObject, v: string, hint: string, known: string | undefined, skip: readonly string[] = []): string {
    const parts: string[] = [];
    if (typeof schema.type === 'string') {
      if (known !== schema.type) parts.push(TYPE_TESTS[schema.type]!(v));
      known = schema.type;
    }
    const byType = new Map<string, string[]>();
    for (const [key, value] of Object.entries(schema)) {
      if (skip.includes(key)) continue;
      const test = this.keyword(key, value, v, hint, known);
      if (test === undefined) continue;
      const applies = KEYWORD_TYPE[key];
      if (applies === undefined || applies === known) parts.push(test);
      else byType.set(applies, [...(byType.get(applies) ?? []), test]);
    }
    for (const [applies, tests] of byType) parts.push(`(!(${TYPE_TESTS[applies]!(v)}) || ${tests.join(' && ')})`);
    // Always parenthesised, so that callers can negate or combine it as it is.
    return parts.length === 0 ? 'true' : `(${parts.join(' && ')})`;
  }

  /** The test for one keyword (those handled by object and list functions excepted). */
  private keyword(key: string, value: unknown, v: string, hint: string, known: string | undefined): string | undefined {
    switch (key) {
      case 'type':
      case CODELIST_KEYWORD:
        return undefined;
      case '$ref':
        return this.reference(value as string, v, known);
      case 'anyOf':
        return `(${(value as unknown[]).map((b, i) => this.expression(b as JsonObject, v, `${hint}/anyOf/${i}`, known)).join(' || ')})`;
      case 'required':
        return `(${(value as string[]).map((p) => `${read(v, p)} !== undefined`).join(' && ') || 'true'})`;
      case 'dependentRequired':
        return Object.entries(value as Record<string, string[]>)
          .map(([p, needs]) => `(${read(v, p)} === undefined || ${needs.map((n) => `${read(v, n)} !== undefined`).join(' && ')})`)
          .join(' && ') || 'true';
      case CODES_KEYWORD:
        return `${this.constants.name('CODES', `new Set(${js(value)})`)}.has(${v})`;
      // Only lists of constants are translated, which a Set compares as Ajv's deep equality does.
      case 'enum':
        if (!Array.isArray(value) || !value.every(isPrimitive)) throw new Error(`verdict generator: an enum at ${hint} that is not a list of texts, numbers, booleans or null is not translated`);
        return `${this.constants.name('CODES', `new Set(${js(value)})`)}.has(${v})`;
      case 'const':
        if (!isPrimitive(value)) throw new Error(`verdict generator: a const at ${hint} that is not a text, number, boolean or null is not translated`);
        return `(${v} === ${js(value)})`;
      case 'pattern':
        return `${this.constants.name('PATTERN', `new RegExp(${js(value)}, "u")`)}.test(${v})`;
      case 'format':
        return this.format(String(value), v, hint);
      // Ajv counts code points (ucs2length); a string's length is an upper bound of that, and at most twice it.
      case 'maxLength':
        return `(${v}.length <= ${js(value)} || ucs2length(${v}) <= ${js(value)})`;
      case 'minLength':
        return `(${v}.length >= ${2 * Number(value)} || ucs2length(${v}) >= ${js(value)})`;
      case 'minItems':
        return `${v}.length >= ${js(value)}`;
      case 'maxItems':
        return `${v}.length <= ${js(value)}`;
      case 'minimum':
        return `!(${v} < ${js(value)})`;
      case 'maximum':
        return `!(${v} > ${js(value)})`;
      default:
        throw new Error(`verdict generator: ${key} at ${hint} is not translated outside an object's or list's function`);
    }
  }

  /** A definition: objects and lists are called (one function each), plain values are inlined. */
  private reference(ref: string, v: string, known: string | undefined): string {
    const target = this.def(ref);
    if ('properties' in target.schema || 'additionalProperties' in target.schema || 'items' in target.schema) {
      let name = this.defFunctions.get(target.name);
      if (!name) {
        name = this.functionName(target.name);
        this.defFunctions.set(target.name, name);
        this.expression(target.schema, 'd', target.name, undefined, name);
      }
      return `${name}(${v})`;
    }
    if (this.inlining.has(target.name)) throw new Error(`verdict generator: ${ref} refers to itself without an object or list between`);
    this.inlining.add(target.name);
    try {
      return this.expression(target.schema, v, target.name, known);
    } finally {
      this.inlining.delete(target.name);
    }
  }

  /**
   * ajv-formats' full formats, called the way Ajv calls them: regular expressions inline, functions from the
   * runtime; those in src/validate/fast-formats.ts (the same verdicts, without a match object) from there.
   */
  private format(name: string, v: string, hint: string): string {
    if (Object.hasOwn(FAST_FORMATS, name)) return `${FAST_FORMATS[name]}(${v})`;
    const format = (fullFormats as Record<string, unknown>)[name];
    if (format instanceof RegExp) return `${this.constants.name('FORMAT', String(format))}.test(${v})`;
    const access = `fullFormats[${js(name)}]`;
    if (typeof format === 'function') return `${this.constants.name('FORMAT', access)}(${v})`;
    if (isObject(format) && typeof (format as { validate?: unknown }).validate === 'function') return `${this.constants.name('FORMAT', `${access}.validate`)}(${v})`;
    throw new Error(`verdict generator: format "${name}" at ${hint} is not one of ajv-formats' full formats`);
  }

  /**
   * One pass over the object's own keys: each key picks its property's check through a Map and a switch, so no
   * property is looked up by name (on objects of many shapes such look-ups are slow), and unknown keys fail at
   * once. Which properties were seen is kept as bits, for required, dependentRequired and "one of these" rules.
   */
  private objectFunction(schema: JsonObject, hint: string, name = this.functionName(hint)): string {
    for (const key of Object.keys(schema)) {
      if (!['type', 'properties', 'required', 'additionalProperties', 'dependentRequired', 'anyOf', 'if', 'then'].includes(key)) {
        throw new Error(`verdict generator: keyword "${key}" beside an object's properties at ${hint} is not translated`);
      }
    }
    if (schema.type !== 'object') throw new Error(`verdict generator: properties without "type": "object" at ${hint} are not translated`);
    if (schema.additionalProperties !== false) throw new Error(`verdict generator: objects that allow other properties (${hint}) are not translated`);
    const properties = isObject(schema.properties) ? schema.properties : {};
    const names = Object.keys(properties);
    const required = (schema.required ?? []) as string[];
    const dependent = Object.entries((schema.dependentRequired ?? {}) as Record<string, string[]>);
    const alternatives = ((schema.anyOf ?? []) as JsonObject[]).map((branch, i) => {
      if (Object.keys(branch).join() !== 'required') throw new Error(`verdict generator: anyOf/${i} of the object at ${hint} is not a list of required properties`);
      return branch.required as string[];
    });
    const conditional = this.condition(schema, hint);
    const tracked = [...new Set([...required, ...dependent.flat(2), ...alternatives.flat(), ...(conditional?.required ?? [])])];
    if (tracked.length > 30) throw new Error(`verdict generator: more than 30 properties with presence rules at ${hint}`);
    const undeclared = tracked.find((p) => !names.includes(p));
    if (undeclared) throw new Error(`verdict generator: "${undeclared}" is required at ${hint} but not a property, so nothing can pass`);
    const mask = (ps: string[]) => ps.reduce((m, p) => m | (1 << tracked.indexOf(p)), 0);
    const has = (ps: string[]) => `(seen & ${mask(ps)}) === ${mask(ps)}`;

    const lines = [`function ${name}(d) {`, `  if (!${TYPE_TESTS.object!('d')}) return false;`];
    if (tracked.length > 0) lines.push('  let seen = 0;');
    lines.push('  for (const key in d) {', '    const v = d[key];', '    switch (key) {');
    names.forEach((property) => {
      const sub = properties[property];
      if (!isObject(sub)) throw new Error(`verdict generator: boolean schema at ${hint}/${property} is not translated`);
      const test = this.expression(sub, 'v', `${hint}/${property}`);
      const bit = tracked.indexOf(property);
      // Like Ajv, a property whose value is undefined counts as absent.
      lines.push(`      case ${js(property)}:`);
      if (bit === -1) lines.push(`        if (v !== undefined && !${test}) return false;`);
      else lines.push('        if (v !== undefined) {', `          if (!${test}) return false;`, `          seen |= ${1 << bit};`, '        }');
      lines.push('        break;');
    });
    lines.push('      default:', '        return false;', '    }', '  }');
    if (required.length > 0) lines.push(`  if (!(${has(required)})) return false;`);
    for (const [property, needs] of dependent) lines.push(`  if ((seen & ${mask([property])}) !== 0 && !(${has(needs)})) return false;`);
    if (alternatives.length > 0) lines.push(`  if (!(${alternatives.map((ps) => `(${has(ps)})`).join(' || ')})) return false;`);
    if (conditional) lines.push(`  if (${conditional.test} && !(${has(conditional.required)})) return false;`);
    lines.push('  return true;', '}');
    this.functions.push(lines.join('\n'));
    return name;
  }

  /**
   * A condition on the object: "if" compares some of its properties with constants (a property that is absent
   * passes, as in JSON Schema), "then" requires others. Only that form is translated.
   */
  private condition(schema: JsonObject, hint: string): { test: string; required: string[] } | undefined {
    if (schema.if === undefined && schema.then === undefined) return undefined;
    const condition = schema.if;
    const then = schema.then;
    if (!isObject(condition) || Object.keys(condition).join() !== 'properties' || !isObject(condition.properties)) throw new Error(`verdict generator: an "if" at ${hint} that does not only test properties is not translated`);
    if (!isObject(then) || Object.keys(then).join() !== 'required') throw new Error(`verdict generator: a "then" at ${hint} that does not only require properties is not translated`);
    const tests = Object.entries(condition.properties).map(([property, sub]) => {
      if (!isObject(sub)) throw new Error(`verdict generator: boolean schema at ${hint}/if/${property} is not translated`);
      return `(${read('d', property)} === undefined || ${constantTest(sub, read('d', property), `${hint}/if/${property}`)})`;
    });
    return { test: `(${tests.join(' && ') || 'true'})`, required: then.required as string[] };
  }

  private arrayFunction(schema: JsonObject, hint: string, name = this.functionName(`${hint}List`)): string {
    if (schema.type !== 'array' || !isObject(schema.items)) throw new Error(`verdict generator: items without "type": "array" at ${hint} are not translated`);
    const lines = [`function ${name}(d) {`, `  if (!${this.conjunction(schema, 'd', hint, undefined, ['items', 'uniqueItems'])}) return false;`];
    lines.push('  const n = d.length;', '  for (let i = 0; i < n; i++) {', '    const v = d[i];', `    if (!${this.expression(schema.items, 'v', `${hint}/items`)}) return false;`, '  }');
    if (schema.uniqueItems === true) {
      // Every item has passed `items` and is text, so strict equality is Ajv's deep equality here.
      if (this.itemType(schema.items) !== 'string') throw new Error(`verdict generator: uniqueItems over items that are not text at ${hint} is not translated`);
      lines.push('  if (n > 1 && !allDifferent(d)) return false;');
    }
    lines.push('  return true;', '}');
    this.functions.push(lines.join('\n'));
    return name;
  }

  private itemType(schema: JsonObject): unknown {
    return typeof schema.$ref === 'string' ? this.itemType(this.def(schema.$ref).schema) : schema.type;
  }

  /** The expression that checks a whole document against `root` (its definitions are the compiler's). */
  entry(root: JsonObject, hint: string): string {
    const { $schema: _schema, $id: _id, $defs: _defs, ...rest } = root;
    return this.expression(rest, 'data', hint);
  }
}

/** The module's text: its constants and functions, then `exports`, each `[doc comment, exported function]`. */
function moduleText(into: VerdictModule, exports: string[], banner = BANNER): string {
  return [
    banner,
    "import { fullFormats, ucs2length } from '../validate/ajv-runtime.js';",
    `import { ${Object.values(FAST_FORMATS).join(', ')} } from '../validate/fast-formats.js';`,
    '',
    ...into.constants.lines,
    '',
    '/** True when no two items of a list of texts are equal. */',
    'function allDifferent(list) {',
    '  if (list.length <= 16) {',
    '    for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return false;',
    '    return true;',
    '  }',
    '  return new Set(list).size === list.length;',
    '}',
    '',
    ...into.functions.flatMap((f) => [f, '']),
    ...exports,
  ].join('\n');
}

/** The verdict module's source for a validation schema (the root with its definitions under $defs). */
export function verdictModule(schema: JsonObject): string {
  const into = new VerdictModule();
  const entry = new VerdictCompiler((schema.$defs ?? {}) as JsonObject, into).entry(schema, 'CaseReport');
  return moduleText(into, [
    '/** True when the report passes the HTFDS schema (the same verdict as the Ajv validator, without its errors). */',
    'export function passesSchema(data) {',
    `  return ${entry};`,
    '}',
    '',
  ]);
}

/**
 * One module with a verdict function per schema (`name` → schema, each one document with its own `$defs`), exported
 * as the default object `{ name: function }`; the schemas share the module's constants.
 */
export function verdictsModule(schemas: Record<string, JsonObject>, banner: string): string {
  const into = new VerdictModule();
  const exports: string[] = [];
  const entries: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const prefix = identifierPart(name);
    const entry = new VerdictCompiler((schema.$defs ?? {}) as JsonObject, into, prefix).entry(schema, 'CaseReport');
    exports.push(`function passes${prefix}(data) {`, `  return ${entry};`, '}', '');
    entries.push(`${js(name)}: passes${prefix}`);
  }
  exports.push(`export default { ${entries.join(', ')} };`, '');
  return moduleText(into, exports, banner);
}

/** The verdict module's source. */
export function verdictSource(model: FieldModel): string {
  return verdictModule(validationSchema(model));
}

const DECLARATION = `${BANNER}
/** True when the report passes the HTFDS schema (the same verdict as the Ajv validator, without its errors). */
export declare function passesSchema(data: unknown): boolean;
`;

export function* generateVerdict(model: FieldModel): Generator<GeneratedFile> {
  yield { root: 'src', path: VERDICT_MODULE, content: verdictSource(model) };
  yield { root: 'src', path: VERDICT_MODULE.replace(/\.js$/, '.d.ts'), content: DECLARATION };
}
