/**
 * `npm run validators`: writes packages/model/src/generated/validators.ts, plain TypeScript
 * validators for the schemas the SDK and the components check values with, so a browser checks
 * the API's answers and its own requests without loading zod. zod stays the source of truth: this
 * script walks each schema's definition (zod 4's `_zod.def`) and writes what zod's parse would do
 * with it, step for step, on top of src/validator-runtime.ts. A rule a schema checks with
 * `z.refine`, and a message a schema words with a function, is imported by name from
 * src/validation-rules.ts rather than copied; anything this script does not know how to write
 * stops it with the schema's path, so nothing is generated that zod would not do.
 *
 * Run it after changing a schema; test/unit/generated-validators.test.ts fails while the committed
 * file is stale, and holds every validator to its schema with fast-check.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as model from '../src/index.ts';
import * as rules from '../src/validation-rules.ts';

/** Where the generated validators live, beside the schemas they come from. */
export const VALIDATORS_FILE = fileURLToPath(new URL('../src/generated/validators.ts', import.meta.url));

/** A validator to generate: its exported name (`validate<Name>`), its schema and its TypeScript type. */
interface Target {
  name: string;
  schema: z.ZodMiniType;
  type: string;
}

/** A map of validators, one per key (the admin actions' parameters, the bulk actions' requests). */
interface TargetMap {
  name: string;
  doc: string;
  entries: Record<string, z.ZodMiniType>;
  type: (key: string) => string;
  keyType: string;
}

const one = (name: keyof typeof model & string, type: string = name): Target => ({ name, schema: model[name] as z.ZodMiniType, type });

/**
 * What the SDK and the components check: every answer the SDK reads (and the error bodies it
 * looks into), the requests it refuses before sending, and the fields <suivi-order-detail> checks
 * as staff type.
 */
export const TARGETS: Target[] = [
  // Fields staff type (first, so the schemas they name are named after them).
  one('TrackingNumber', 'string'),
  one('Tag', 'string'),
  // Answers.
  one('LookupResponse'),
  one('CustomerOrderView'),
  one('OrderEvent'),
  one('SharedOrderView'),
  one('SharedOrderEvent'),
  one('ShareLink'),
  one('ShareLinkList'),
  one('NotificationSettings'),
  one('ReturnRequest'),
  one('AdminOrderDetail'),
  one('AdminOrderList'),
  one('AdminOrderEvent'),
  one('AdminResyncEvent'),
  one('AdminCarrierList'),
  one('BulkActionResponse'),
  // Error bodies and what they carry.
  one('ApiError'),
  one('Order'),
  one('CustomerRefusal'),
  one('AdminRefusal'),
  // Requests checked before they are sent.
  one('LookupRequest'),
  one('CreateReturnRequest'),
  one('CreateShareLinkRequest'),
  one('SetTagsRequest'),
  one('EditTagsRequest'),
  one('AddStaffNoteRequest'),
];

export const TARGET_MAPS: TargetMap[] = [
  {
    name: 'ADMIN_ACTION_PARAM_VALIDATORS',
    doc: "Each admin action's parameters (ADMIN_ACTION_PARAMS).",
    entries: model.ADMIN_ACTION_PARAMS,
    type: (key) => `AdminActionParams<'${key}'>`,
    keyType: 'AdminAction',
  },
  {
    name: 'BULK_ACTION_REQUEST_VALIDATORS',
    doc: "Each bulk action's request body (BULK_ACTION_REQUESTS).",
    entries: model.BULK_ACTION_REQUESTS,
    type: (key) => `BulkActionRequest<'${key}'>`,
    keyType: 'BulkAction',
  },
];

type Schema = z.core.$ZodType;
type AnyDef = Record<string, any>;
type Check = { _zod: { def: AnyDef; traits: Set<string> } };

const DEFAULT_LENGTH_WHEN = (z.maxLength(1) as unknown as Check)._zod.def.when;
const RULE_NAMES = new Map<unknown, string>(Object.entries(rules).filter(([, value]) => typeof value === 'function').map(([name, value]) => [value, name]));

/** A name that says what a small unnamed schema is (`string`, `nullable_isoDateTime`), or null to name it after where it is. */
function structuralName(schema: Schema): string | null {
  const def = schema._zod.def as AnyDef;
  if (def.error !== undefined || (def.checks ?? []).length) return null;
  switch (def.type) {
    case 'string':
      return def.format === undefined ? 'string' : def.format === 'datetime' ? 'isoDateTime' : def.format === 'date' ? 'isoDate' : null;
    case 'boolean':
      return 'boolean';
    case 'number':
      return def.format === undefined ? 'number' : def.format === 'safeint' ? 'int' : null;
    case 'nullable':
    case 'optional': {
      const inner = (z.globalRegistry.get(def.innerType) as { id?: string } | undefined)?.id ?? structuralName(def.innerType);
      return inner && `${def.type}_${inner}`;
    }
    case 'array': {
      const inner = (z.globalRegistry.get(def.element) as { id?: string } | undefined)?.id ?? structuralName(def.element);
      return inner && `arrayOf_${inner}`;
    }
    default:
      return null;
  }
}

/** Writes the module: constants, one function per distinct schema, and the exported validators. */
class Writer {
  private readonly constants: string[] = [];
  private readonly constantNames = new Map<string, string>();
  private readonly functions: string[] = [];
  private readonly bySchema = new Map<Schema, string>();
  private readonly byBody = new Map<string, string>();
  private readonly usedNames = new Set<string>();
  readonly runtime = new Set<string>(['type Payload']);
  readonly rules = new Set<string>();

  private fail(path: string, what: string): never {
    throw new Error(`generate-validators: ${what} at ${path || '(root)'}; teach scripts/generate-validators.ts to write it, or keep zod for this schema`);
  }

  private use(name: string): string {
    this.runtime.add(name);
    return name;
  }

  /**
   * A runtime call's argument list without the trailing ones equal to their parameter's default
   * (`undefined` for a message, `false` for abort, `null` for no known keys): the last
   * `defaulted` parameters have defaults, the others are always written.
   */
  private args(args: string[], defaulted: number): string {
    let end = args.length;
    const firstDefaulted = args.length - defaulted;
    while (end > firstDefaulted && ['undefined', 'false', 'null'].includes(args[end - 1]!)) end--;
    return args.slice(0, end).join(', ');
  }

  /** A module-level constant, written once per distinct value. */
  private constant(prefix: string, code: string): string {
    const known = this.constantNames.get(code);
    if (known) return known;
    const name = `${prefix}${this.constantNames.size}`;
    this.constantNames.set(code, name);
    this.constants.push(`const ${name} = ${code};`);
    return name;
  }

  /** A message as zod would word it: a constant string, or a function from validation-rules.ts. */
  private message(error: unknown, path: string): string {
    if (error === undefined) return 'undefined';
    if (typeof error !== 'function') this.fail(path, 'an error that is not a function');
    const ruleName = RULE_NAMES.get(error);
    if (ruleName) {
      this.rules.add(ruleName);
      return ruleName;
    }
    if (error.length !== 0) this.fail(path, 'a message function that is not exported from src/validation-rules.ts');
    const text = (error as () => unknown)();
    if (typeof text !== 'string') this.fail(path, 'a constant message that is not a string');
    return this.constant('M', `() => ${JSON.stringify(text)}`);
  }

  private literal(value: unknown, path: string): string {
    if (value === undefined) return 'undefined';
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return JSON.stringify(value);
    return this.fail(path, `a literal value ${String(value)} that cannot be written`);
  }

  private uniqueName(hint: string): string {
    const base = hint.replace(/[^A-Za-z0-9_]/g, '_');
    let name = base;
    for (let n = 2; this.usedNames.has(name); n++) name = `${base}_${n}`;
    this.usedNames.add(name);
    return name;
  }

  /** The name of the function that runs `schema` (zod's `_zod.run`), writing it first if needed. */
  run(schema: Schema, hint: string, path: string): string {
    const known = this.bySchema.get(schema);
    if (known) return known;
    const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
    const name = id ?? structuralName(schema) ?? hint;
    const body = this.body(schema, name, path);
    const same = this.byBody.get(body);
    if (same) {
      this.bySchema.set(schema, same);
      return same;
    }
    const unique = this.uniqueName(`run${name[0]!.toUpperCase()}${name.slice(1)}`);
    this.byBody.set(body, unique);
    this.bySchema.set(schema, unique);
    this.functions.push(`function ${unique}(p: Payload): Payload {\n${body}\n}`);
    return unique;
  }

  /** The statements of a run function: the parse, then the checks as zod runs them. */
  private body(schema: Schema, name: string, path: string): string {
    const def = schema._zod.def as AnyDef;
    const own = this.message(def.error, path);
    const parse = this.parse(schema, def, own, name, path);
    const selfCheck = schema._zod.traits.has('$ZodCheck');
    const checks: Check[] = [...(selfCheck ? [schema as unknown as Check] : []), ...((def.checks ?? []) as Check[])];
    if (checks.length === 0) return `  return ${parse};`;
    const steps: string[] = [];
    for (const check of checks) {
      const isSelf = check === (schema as unknown as Check);
      const checkDef = check._zod.def;
      const checkOwn = isSelf ? own : this.message(checkDef.error, path);
      const owner = isSelf ? 'undefined' : own;
      const abort = checkDef.abort ? 'true' : 'false';
      const step = this.check(checkDef, checkOwn, owner, abort, isSelf, path);
      if (checkDef.when !== undefined && checkDef.when !== DEFAULT_LENGTH_WHEN) this.fail(path, 'a check with its own `when`');
      steps.push(`[${checkDef.when === undefined ? 0 : 1}, ${step}]`);
    }
    this.use('type CheckStep');
    const table = this.constant('C', `[${steps.join(', ')}] as const satisfies readonly CheckStep[]`);
    return `  return ${this.use('runChecks')}(${parse}, ${table});`;
  }

  private check(def: AnyDef, own: string, owner: string, abort: string, isSelf: boolean, path: string): string {
    switch (def.check) {
      case 'max_length':
        return `${this.use('checkMaxLength')}, ${this.args([String(def.maximum), own, owner, abort], 3)}`;
      case 'min_length':
        return `${this.use('checkMinLength')}, ${this.args([String(def.minimum), own, owner, abort], 3)}`;
      case 'greater_than':
        if (typeof def.value !== 'number') this.fail(path, 'a bound that is not a number');
        return `${this.use('checkGreaterThan')}, ${this.args([String(def.value), String(def.inclusive === true), own, owner, abort], 3)}`;
      case 'less_than':
        if (typeof def.value !== 'number') this.fail(path, 'a bound that is not a number');
        return `${this.use('checkLessThan')}, ${this.args([String(def.value), String(def.inclusive === true), own, owner, abort], 3)}`;
      case 'number_format':
        if (def.format !== 'safeint' || !isSelf) this.fail(path, `the number format ${def.format}`);
        return [this.use('checkSafeInt'), this.args([own, abort], 2)].filter(Boolean).join(', ');
      case 'string_format': {
        if (!(def.pattern instanceof RegExp)) this.fail(path, `the string format ${def.format} without a pattern`);
        if (!isSelf && def.format !== 'regex') this.fail(path, `the string format ${def.format} as a check`);
        const pattern = this.constant('P', def.pattern.toString());
        return `${this.use('checkPattern')}, ${this.args([pattern, JSON.stringify(def.format), own, owner, abort], 3)}`;
      }
      case 'custom': {
        const rule = RULE_NAMES.get(def.fn);
        if (!rule) this.fail(path, 'a refinement whose function is not exported from src/validation-rules.ts');
        if (def.params !== undefined) this.fail(path, 'a refinement with params');
        this.rules.add(rule);
        const rulePath = this.constant('K', `[${((def.path ?? []) as PropertyKey[]).map((key) => this.literal(key, path)).join(', ')}] as const`);
        return `${this.use('checkRule')}, ${this.args([rule, rulePath, own, owner, abort], 3)}`;
      }
      default:
        return this.fail(path, `the check ${String(def.check)}`);
    }
  }

  /** The expression that parses `p` as zod's parse of this schema type does. */
  private parse(schema: Schema, def: AnyDef, own: string, name: string, path: string): string {
    switch (def.type) {
      case 'string':
        if (def.coerce) this.fail(path, 'a coerced string');
        return `${this.use('parseString')}(${this.args(['p', own], 1)})`;
      case 'number':
        if (def.coerce) this.fail(path, 'a coerced number');
        return `${this.use('parseNumber')}(${this.args(['p', own], 1)})`;
      case 'boolean':
        if (def.coerce) this.fail(path, 'a coerced boolean');
        return `${this.use('parseBoolean')}(${this.args(['p', own], 1)})`;
      case 'enum':
      case 'literal': {
        const values = def.type === 'enum' ? (z.core.util.getEnumValues(def.entries) as unknown[]) : (def.values as unknown[]);
        const listed = this.constant('V', `[${values.map((value) => this.literal(value, path)).join(', ')}] as const`);
        const set = this.constant('S', `/* @__PURE__ */ new Set<unknown>(${listed})`);
        return `${this.use('parseValue')}(${this.args(['p', set, listed, own], 1)})`;
      }
      case 'nullable':
        return `${this.use('parseNullable')}(p, ${this.run(def.innerType, `${name}_value`, path)})`;
      case 'optional':
        if (def.innerType._zod.optin === 'defaulted') this.fail(path, 'an optional default');
        return `${this.use('parseOptional')}(p, ${this.run(def.innerType, `${name}_value`, path)})`;
      case 'object':
        return this.object(def, own, name, path);
      case 'array':
        return `${this.use('parseArray')}(${this.args(['p', this.run(def.element, `${name}_item`, `${path}[]`), own], 1)})`;
      case 'union': {
        if (def.discriminator !== undefined) {
          if (def.unionFallback) this.fail(path, 'a discriminated union with a fallback');
          const entries: string[] = [];
          const seen = new Set<unknown>();
          for (const [index, option] of (def.options as Schema[]).entries()) {
            const values = (option._zod as unknown as { propValues?: Record<string, Set<unknown>> }).propValues?.[def.discriminator];
            if (!values || values.size === 0) this.fail(path, 'a discriminated union option without a literal discriminator');
            const run = this.run(option, `${name}_${index}`, `${path}|${index}`);
            for (const value of values) {
              if (seen.has(value)) this.fail(path, 'a discriminator value claimed twice');
              seen.add(value);
              entries.push(`[${this.literal(value, path)}, ${run}]`);
            }
          }
          const map = this.constant('D', `/* @__PURE__ */ new Map<unknown, Run>([${entries.join(', ')}])`);
          this.use('type Run');
          return `${this.use('parseDiscriminated')}(${this.args(['p', JSON.stringify(def.discriminator), map, own], 1)})`;
        }
        if (def.inclusive === false) this.fail(path, 'an exclusive union (xor)');
        const options = (def.options as Schema[]).map((option, index) => this.run(option, `${name}_${index}`, `${path}|${index}`));
        return `${this.use('parseUnion')}(${this.args(['p', `[${options.join(', ')}]`, own], 1)})`;
      }
      case 'record': {
        if (def.mode && def.mode !== 'strict') this.fail(path, `a ${def.mode} record`);
        const keyValues = def.keyType._zod.values as Set<unknown> | undefined;
        const value = this.run(def.valueType, `${name}_value`, `${path}{}`);
        if (keyValues && !def.partial) {
          const keys = [...keyValues];
          for (const key of keys) {
            if (typeof key !== 'string' || key === '__proto__') this.fail(path, 'a record key that is not a plain string');
            if (!z.safeParse(def.keyType, key).success) this.fail(path, 'a record key its key schema refuses');
          }
          const listed = this.constant('V', `[${keys.map((key) => this.literal(key, path)).join(', ')}] as const`);
          return `${this.use('parseEnumRecord')}(${this.args(['p', listed, value, own], 1)})`;
        }
        if (def.partial) this.fail(path, 'a partial record');
        return `${this.use('parseRecord')}(${this.args(['p', this.run(def.keyType, `${name}_key`, `${path}{key}`), value, own], 1)})`;
      }
      default:
        return this.fail(path, `the schema type ${String(def.type)}`);
    }
  }

  private object(def: AnyDef, own: string, name: string, path: string): string {
    const shape = def.shape as Record<string, Schema>;
    if (Object.getOwnPropertySymbols(shape).length) this.fail(path, 'a symbol key');
    const fields: string[] = [];
    for (const [key, child] of Object.entries(shape)) {
      if (key === '__proto__') this.fail(path, 'a __proto__ key');
      const { optin, optout } = child._zod;
      let optional: boolean;
      if (optin === undefined && optout === undefined) optional = false;
      else if (optin === 'optional' && optout === 'optional') optional = true;
      else return this.fail(`${path}.${key}`, `a property that is ${String(optin)} in and ${String(optout)} out`);
      fields.push(`[${JSON.stringify(key)}, ${this.run(child, `${name}_${key}`, `${path}.${key}`)}${optional ? ', true' : ''}]`);
    }
    const fieldList = this.constant('F', `[${fields.join(', ')}] as const satisfies readonly Field[]`);
    this.use('type Field');
    let known = 'null';
    if (def.catchall !== undefined) {
      if (def.catchall._zod.def.type !== 'never') this.fail(path, 'an object with a catchall other than never');
      known = this.constant('S', `/* @__PURE__ */ new Set<string>(${JSON.stringify(Object.keys(shape))})`);
    }
    return `${this.use('parseObject')}(${this.args(['p', fieldList, known, own], 2)})`;
  }

  /** The module's text. */
  module(exports: string[], types: Set<string>): string {
    const runtime = [...this.runtime].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
    return [
      '// Generated by packages/model/scripts/generate-validators.ts from the zod schemas of @suivi/model',
      '// (`npm run validators`); do not edit. Each validator accepts, outputs and reports what its schema',
      '// does (test/unit/generated-validators.test.ts), without zod.',
      '/* eslint-disable */',
      `import type { ${[...types].sort().join(', ')} } from '../index.ts';`,
      `import { ${runtime.join(', ')} } from '../validator-runtime.ts';`,
      ...(this.rules.size ? [`import { ${[...this.rules].sort().join(', ')} } from '../validation-rules.ts';`] : []),
      '',
      ...this.constants,
      '',
      ...this.functions.flatMap((fn) => [fn, '']),
      ...exports,
    ].join('\n');
  }
}

/** The whole generated module, as text. */
export function generateValidators(): string {
  const writer = new Writer();
  const exports: string[] = [];
  const types = new Set<string>();
  const typeNames = (type: string) => {
    for (const match of type.matchAll(/\b[A-Z][A-Za-z]+\b/g)) types.add(match[0]);
  };
  for (const target of TARGETS) {
    const run = writer.run(target.schema, target.name, target.name);
    typeNames(target.type);
    writer.runtime.add('validatorOf').add('type Validator');
    exports.push(
      `/** Checks a value against @suivi/model's ${target.name}, as zod's safeParse would. */`,
      `export const validate${target.name}: Validator<${target.type}> = /* @__PURE__ */ validatorOf(${run});`,
      '',
    );
  }
  for (const map of TARGET_MAPS) {
    types.add(map.keyType);
    const entries = Object.entries(map.entries).map(([key, schema]) => {
      const run = writer.run(schema as unknown as Schema, `${map.name}_${key}`, `${map.name}.${key}`);
      typeNames(map.type(key));
      return `  ${key}: /* @__PURE__ */ validatorOf<${map.type(key)}>(${run}),`;
    });
    writer.runtime.add('type Validator');
    exports.push(`/** ${map.doc} */`, `export const ${map.name}: { readonly [K in ${map.keyType}]: Validator<${map.type('K').replace(/'K'/, 'K')}> } = {`, ...entries, '};', '');
  }
  return writer.module(exports, types);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateValidators();
  writeFileSync(VALIDATORS_FILE, text);
  console.log(`Wrote ${VALIDATORS_FILE} (${text.length} bytes).`);
}
