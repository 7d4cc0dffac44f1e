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

/**
 * Writes the module: one constant per distinct schema, the runtime factory call that builds its
 * check (`object([...])`, `checked(run, [maxLength(40)])`), and the exported validators. Every call
 * is marked pure, so a bundle drops the schemas no validator it keeps reaches. Schemas that come
 * out the same (same factory, same arguments) share one constant, whatever their names.
 */
class Writer {
  private readonly constants: string[] = [];
  private readonly constantNames = new Map<string, string>();
  private readonly bySchema = new Map<Schema, string>();
  private readonly usedNames = new Set<string>();
  readonly runtime = new Set<string>();
  readonly rules = new Set<string>();

  private fail(path: string, what: string): never {
    throw new Error(`generate-validators: ${what} at ${path || '(root)'}; teach scripts/generate-validators.ts and src/validator-runtime.ts to write it, or keep zod for this schema`);
  }

  /** A pure call of a runtime factory, without its trailing arguments while they are `undefined` (left to their defaults). */
  private call(factory: string, args: string[]): string {
    this.runtime.add(factory);
    let end = args.length;
    while (end > 0 && args[end - 1] === 'undefined') end--;
    return `/* @__PURE__ */ ${factory}(${args.slice(0, end).join(', ')})`;
  }

  private uniqueName(hint: string): string {
    const base = hint.replace(/[^A-Za-z0-9_]/g, '_');
    let name = base;
    for (let n = 2; this.usedNames.has(name); n++) name = `${base}_${n}`;
    this.usedNames.add(name);
    return name;
  }

  /** A module-level constant, written once per distinct value and named after the first `hint` it is written for. */
  private constant(hint: string, code: string): string {
    const known = this.constantNames.get(code);
    if (known) return known;
    const name = this.uniqueName(hint);
    this.constantNames.set(code, name);
    this.constants.push(`const ${name} = ${code};`);
    return name;
  }

  /** A message as zod would word it: a constant text, or a function from validation-rules.ts. */
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
    return JSON.stringify(text);
  }

  private literal(value: unknown, path: string): string {
    if (value === undefined) return 'undefined';
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return JSON.stringify(value);
    return this.fail(path, `a literal value ${String(value)} that cannot be written`);
  }

  /** The name of the constant that runs `schema` (zod's `_zod.run`), writing it first if needed. */
  run(schema: Schema, hint: string, path: string): string {
    const known = this.bySchema.get(schema);
    if (known) return known;
    const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
    const name = id ?? structuralName(schema) ?? hint;
    const run = this.constant(runName(name), this.expression(schema, name, path));
    this.bySchema.set(schema, run);
    return run;
  }

  /** The factory call that runs a schema: its parse, with its checks around it when it has any. */
  private expression(schema: Schema, name: string, path: string): string {
    const def = schema._zod.def as AnyDef;
    const own = this.message(def.error, path);
    const parse = this.parse(def, own, name, path);
    const selfCheck = schema._zod.traits.has('$ZodCheck');
    const checks: Check[] = [...(selfCheck ? [schema as unknown as Check] : []), ...((def.checks ?? []) as Check[])];
    if (checks.length === 0) return parse;
    if (def.type === 'optional') this.fail(path, 'an optional schema with checks');
    const steps = checks.map((check) => {
      const checkDef = check._zod.def;
      const isSelf = check === (schema as unknown as Check);
      if (checkDef.abort) this.fail(path, 'a check that aborts');
      const isLength = checkDef.check === 'max_length' || checkDef.check === 'min_length';
      // The runtime runs length checks, and only them, on a value already refused (zod's `when`).
      if (isLength ? checkDef.when !== DEFAULT_LENGTH_WHEN : checkDef.when !== undefined) this.fail(path, 'a check with its own `when`');
      // A schema's own message words its checks' issues too (zod's `owner`): for a check that is the schema itself, the same message twice.
      return this.check(checkDef, isSelf ? own : this.message(checkDef.error, path), isSelf, def.type, path);
    });
    // The unchecked parse is a constant of its own, shared with the schemas that have no checks.
    const plain = this.constant(runName(def.type in PRIMITIVE_NAMES && own === 'undefined' ? PRIMITIVE_NAMES[def.type]! : `${name}_unchecked`), parse);
    return this.call('checked', [plain, `[${steps.join(', ')}]`, own]);
  }

  private check(def: AnyDef, own: string, isSelf: boolean, schemaType: string, path: string): string {
    switch (def.check) {
      case 'max_length':
        return this.call('maxLength', [String(def.maximum), own]);
      case 'min_length':
        return this.call('minLength', [String(def.minimum), own]);
      case 'greater_than':
      case 'less_than':
        if (typeof def.value !== 'number' || schemaType !== 'number') this.fail(path, 'a bound on something else than a number');
        if (def.inclusive !== true) this.fail(path, 'an exclusive bound');
        return this.call(def.check === 'greater_than' ? 'atLeast' : 'atMost', [String(def.value), own]);
      case 'number_format':
        if (def.format !== 'safeint' || !isSelf) this.fail(path, `the number format ${def.format}`);
        return this.call('safeInt', [own]);
      case 'string_format': {
        if (!(def.pattern instanceof RegExp)) this.fail(path, `the string format ${def.format} without a pattern`);
        if (/[gy]/.test(def.pattern.flags)) this.fail(path, 'a global or sticky pattern');
        if (!isSelf && def.format !== 'regex') this.fail(path, `the string format ${def.format} as a check`);
        return this.call('pattern', [def.pattern.toString(), own, def.format === 'regex' ? 'undefined' : JSON.stringify(def.format)]);
      }
      case 'custom': {
        const rule = RULE_NAMES.get(def.fn);
        if (!rule) this.fail(path, 'a refinement whose function is not exported from src/validation-rules.ts');
        if (def.params !== undefined) this.fail(path, 'a refinement with params');
        this.rules.add(rule);
        const rulePath = (def.path ?? []) as PropertyKey[];
        return this.call('rule', [rule, own, rulePath.length ? `[${rulePath.map((key) => this.literal(key, path)).join(', ')}]` : 'undefined']);
      }
      default:
        return this.fail(path, `the check ${String(def.check)}`);
    }
  }

  /** The factory call that parses a value as zod's parse of this schema type does. */
  private parse(def: AnyDef, own: string, name: string, path: string): string {
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
        if (def.coerce) this.fail(path, `a coerced ${def.type}`);
        return this.call('primitive', [JSON.stringify(def.type), own]);
      case 'enum':
      case 'literal': {
        const values = def.type === 'enum' ? (z.core.util.getEnumValues(def.entries) as unknown[]) : (def.values as unknown[]);
        return this.call('oneOf', [this.values(values, name, path), own]);
      }
      case 'nullable':
        return this.call('maybe', [this.run(def.innerType, `${name}_value`, path), 'null']);
      case 'optional':
        if (def.innerType._zod.optin === 'defaulted') this.fail(path, 'an optional default');
        return this.call('maybe', [this.run(def.innerType, `${name}_value`, path)]);
      case 'object':
        return this.object(def, own, name, path);
      case 'array':
        return this.call('array', [this.run(def.element, `${name}_item`, `${path}[]`), own]);
      case 'union': {
        if (def.discriminator === undefined) this.fail(path, 'a union without a discriminator');
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
            entries.push(this.literal(value, path), run);
          }
        }
        return this.call('union', [JSON.stringify(def.discriminator), `[${entries.join(', ')}]`, own]);
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
          return this.call('enumRecord', [this.values(keys, name, path), value, own]);
        }
        if (def.partial) this.fail(path, 'a partial record');
        return this.call('record', [this.run(def.keyType, `${name}_key`, `${path}{key}`), value, own]);
      }
      default:
        return this.fail(path, `the schema type ${String(def.type)}`);
    }
  }

  /**
   * An enum's values (or a record's keys over it), one constant per distinct list. Never
   * undefined: the runtime's objects count on no schema but z.optional taking undefined.
   */
  private values(values: unknown[], name: string, path: string): string {
    if (values.includes(undefined)) this.fail(path, 'an enum or literal of undefined');
    return this.constant(`${name}_values`, `[${values.map((value) => this.literal(value, path)).join(', ')}]`);
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
      // The runtime leaves an absent key to its schema: only z.optional takes undefined without an issue (see values()).
      if (optional !== ((child._zod.def as AnyDef).type === 'optional')) this.fail(`${path}.${key}`, 'an optional property whose schema is not z.optional');
      fields.push(JSON.stringify(key), this.run(child, `${name}_${key}`, `${path}.${key}`));
    }
    if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') this.fail(path, 'an object with a catchall other than never');
    return this.call(def.catchall === undefined ? 'object' : 'strictObject', [`[${fields.join(', ')}]`, own]);
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
      ...exports,
    ].join('\n');
  }
}

/** The name of a schema's constant: `runMoney`, `runNullable_string`. */
const runName = (name: string) => `run${name[0]!.toUpperCase()}${name.slice(1)}`;

/** What an unchecked primitive parse is named, so the schemas with checks share the plain one. */
const PRIMITIVE_NAMES: Record<string, string> = { string: 'string', number: 'number', boolean: 'boolean' };

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
    writer.runtime.add('validator').add('type Validator');
    exports.push(
      `/** Checks a value against @suivi/model's ${target.name}, as zod's safeParse would. */`,
      `export const validate${target.name}: Validator<${target.type}> = /* @__PURE__ */ validator(${run});`,
      '',
    );
  }
  for (const map of TARGET_MAPS) {
    types.add(map.keyType);
    const entries = Object.entries(map.entries).map(([key, schema]) => {
      const run = writer.run(schema as unknown as Schema, `${map.name}_${key}`, `${map.name}.${key}`);
      typeNames(map.type(key));
      return `  ${key}: /* @__PURE__ */ validator<${map.type(key)}>(${run}),`;
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
