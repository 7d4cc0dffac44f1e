/**
 * What the generated validators (generated/validators.ts) run on: the few steps of zod's parsing
 * that every schema shares, written without zod so a browser can check the API's answers without
 * loading it. Each step does what zod 4's does, in the same order, with the same issues (see
 * node_modules/zod/v4/core/schemas.js and checks.js): test/unit/generated-validators.test.ts holds
 * every validator to its zod schema on acceptance, output and issues.
 *
 * The generated module is data: each schema is one call of a factory below (`object([...])`,
 * `checked(run, [maxLength(40)])`), made once when the module loads. Every call is marked pure
 * there, so a page's bundle keeps only the schemas its validators reach, and only the factories
 * those use. Only what some generated validator needs is here: the generator stops on anything
 * else (scripts/generate-validators.ts).
 */

/**
 * Words an issue: a schema's own message, or the caller's error map (explainIssue, which zod types
 * for its own issues: the issue's parameter is left open so such a map fits; it is given a RawIssue).
 */
export type IssueMessage = (issue: never) => string | { message: string } | null | undefined;

/** A message as the generated module gives it: a constant text, or a function of the issue. */
export type Message = string | IssueMessage;

/** An issue as it is raised, before its message is chosen: the fields zod's issues carry, which error maps read. */
export interface RawIssue {
  code: string;
  path?: PropertyKey[];
  input?: unknown;
  /** zod's `continue`: true lets later checks of the same value run; anything else stops them. */
  continue?: boolean;
  /** The message of what raised it (a check's or a schema's own). */
  own?: Message;
  /** For a check's issue, the message of the schema the check belongs to. */
  owner?: Message;
  [field: string]: unknown;
}

/** A reported issue: where (the path of keys and indexes), what (`code`, with zod's details) and its message. */
export interface ValidationIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  [field: string]: unknown;
}

/** The typed value (what zod's parse returns: unknown object keys dropped), or every issue in the order zod reports them. */
export type ValidationResult<T> = { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: { issues: ValidationIssue[] } };

export interface ValidateOptions {
  /** Words issues the schema leaves unworded, as zod's `error` parse option (e.g. explainIssue). */
  error?: IssueMessage;
}

/** A generated validator: same acceptance, output and issues as the zod schema it was generated from. */
export type Validator<T> = (value: unknown, options?: ValidateOptions) => ValidationResult<T>;

/**
 * One schema's check of a value (zod's `_zod.run`): adds what is wrong to `issues` and gives the
 * value as parsed (a new object or array, unknown keys dropped), or the value as it came when it
 * was refused.
 */
export type Run = (value: unknown, issues: RawIssue[]) => unknown;

/** What a check finds wrong with a value: its issue, but for the value and the schema's message, which checked() adds. */
export type Finding = RawIssue;

/**
 * One of a schema's checks, run on the parsed value: what is wrong with it, worded by its own
 * message (`own`), or nothing. `l` is set on a length check, which runs even on a value already
 * refused (zod's `when`).
 */
export type Check = ((value: never) => Finding | undefined) & { l?: boolean };

/** zod's isObject: an object that is not null and not an array. */
const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses a value of the wrong type (zod's invalid_type) and gives it back as it came. */
function invalidType(issues: RawIssue[], expected: string, input: unknown, own?: Message, more?: object): unknown {
  issues.push({ expected, code: 'invalid_type', input, own, ...more });
  return input;
}

/** Runs `run` on a property or element with issues of its own, then files them under `key`, as an enclosing object, array or record does. */
function child(run: Run, value: unknown, key: PropertyKey, issues: RawIssue[]): unknown {
  const found: RawIssue[] = [];
  const output = run(value, found);
  for (const issue of found) {
    (issue.path ??= []).unshift(key);
    issues.push(issue);
  }
  return output;
}

/** The keys of `input` not among `known`, reported once with `continue` (a strict object's, an enum record's). */
function reportUnknownKeys(input: object, known: readonly unknown[], issues: RawIssue[], own?: Message): void {
  const keys: string[] = [];
  for (const key in input) if (!known.includes(key)) keys.push(key);
  if (keys.length) issues.push({ code: 'unrecognized_keys', keys, input, continue: true, own });
}

/** zod's string, boolean and number parse (a number is finite: NaN and the infinities are refused, saying what was received). */
export function primitive(expected: 'string' | 'boolean' | 'number', own?: Message): Run {
  return (input, issues) =>
    typeof input === expected && (expected !== 'number' || Number.isFinite(input)) ? input : invalidType(issues, expected, input, own, typeof input === expected ? { received: String(input) } : undefined);
}

/** zod's enum and literal parse: one of the values (compared as a Set does). */
export function oneOf(values: readonly unknown[], own?: Message): Run {
  return (input, issues) => {
    if (!values.includes(input)) issues.push({ code: 'invalid_value', values, input, own });
    return input;
  };
}

/** zod's optional (`none` undefined) and nullable (`none` null): that value as it is, anything else to the inner schema. */
export function maybe(inner: Run, none?: null): Run {
  return (input, issues) => (input === none ? input : inner(input, issues));
}

/**
 * zod's object parse: each declared key in order into a new object, unknown keys dropped.
 * `fields` alternates keys and their schemas. An absent key is left out; its schema, given
 * undefined, refuses it unless it is optional (the generator writes no other schema that takes
 * undefined, so zod's issue for an absent key its schema would take never arises).
 */
export function object(fields: readonly (string | Run)[], own?: Message): Run {
  return (input, issues) => {
    if (!isObject(input)) return invalidType(issues, 'object', input, own);
    const output: Record<string, unknown> = {};
    for (let index = 0; index < fields.length; index += 2) {
      const key = fields[index] as string;
      const value = child(fields[index + 1] as Run, input[key], key, issues);
      if (key in input) output[key] = value;
    }
    return output;
  };
}

/** zod's strictObject (a catchall `never`): an object whose unknown keys are reported once, with `continue`. */
export function strictObject(fields: readonly (string | Run)[], own?: Message): Run {
  const parse = object(fields, own);
  return (input, issues) => {
    const output = parse(input, issues);
    if (isObject(input)) reportUnknownKeys(input, fields, issues, own);
    return output;
  };
}

/** zod's array parse: each element checked into a new array (holes read as undefined), issues under its index. */
export function array(item: Run, own?: Message): Run {
  return (input, issues) => {
    if (!Array.isArray(input)) return invalidType(issues, 'array', input, own);
    const output: unknown[] = [];
    for (let index = 0; index < input.length; index++) output.push(child(item, input[index], index, issues));
    return output;
  };
}

/**
 * zod's discriminated union: the option its discriminator names checks the value, else
 * invalid_union at the discriminator. `options` alternates the discriminator's values and the
 * schema each names.
 */
export function union(discriminator: string, options: readonly unknown[], own?: Message): Run {
  const values = options.filter((_, index) => index % 2 === 0);
  return (input, issues) => {
    if (!isObject(input)) return invalidType(issues, 'object', input, own);
    const at = options.indexOf(input[discriminator]);
    if (at >= 0) return (options[at + 1] as Run)(input, issues);
    issues.push({ code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator, options: values, input, path: [discriminator], own });
    return input;
  };
}

/** zod's isPlainObject (what a record accepts): an object whose constructor, if any, looks like Object. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** zod's record over an enum's keys: every key of the enum, and no other (reported with `continue`). */
export function enumRecord(keys: readonly string[], value: Run, own?: Message): Run {
  return (input, issues) => {
    if (!isPlainObject(input)) return invalidType(issues, 'record', input, own);
    const output: Record<string, unknown> = {};
    for (const key of keys) output[key] = child(value, input[key], key, issues);
    reportUnknownKeys(input, keys, issues, own);
    return output;
  };
}

/** What zod's record reads as a number when a key fails as a string. */
const NUMERIC_KEY = /^-?\d+(?:\.\d+)?$/;

/** zod's record over any key its key schema accepts: each own enumerable key checked, then its value. */
export function record(key: Run, value: Run, own?: Message): Run {
  return (input, issues) => {
    if (!isPlainObject(input)) return invalidType(issues, 'record', input, own);
    const output: Record<PropertyKey, unknown> = {};
    for (const name of Reflect.ownKeys(input)) {
      if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, name)) continue;
      let keyIssues: RawIssue[] = [];
      let outKey = key(name, keyIssues) as PropertyKey;
      if (typeof name === 'string' && NUMERIC_KEY.test(name) && keyIssues.length) {
        const retried: RawIssue[] = [];
        const number = key(Number(name), retried) as PropertyKey;
        if (!retried.length) [outKey, keyIssues] = [number, retried];
      }
      if (keyIssues.length) {
        issues.push({ code: 'invalid_key', origin: 'record', issues: keyIssues.map((issue) => ({ code: issue.code, path: issue.path ?? [] })), input: name, path: [name], own });
        continue;
      }
      if (outKey === '__proto__') continue;
      output[outKey] = child(value, input[name], name, issues);
    }
    return output;
  };
}

/**
 * A schema with checks: its parse, then its checks in order, as zod runs them: once an issue that
 * does not let later checks continue is raised (anything but `continue: true`), the other checks
 * stop, but a length check still runs unless a check stopped explicitly (`continue: false`, an
 * integer that is not one). `owner` is the schema's own message.
 */
export function checked(run: Run, checks: readonly Check[], owner?: Message): Run {
  return (input, issues) => {
    const value = run(input, issues) as { length?: unknown } | null | undefined;
    let stop = issues.some((issue) => issue.continue !== true);
    for (const check of checks) {
      if (check.l ? value == null || value.length === undefined || issues.some((issue) => issue.continue === false) : stop) continue;
      const finding = check(value as never);
      if (!finding) continue;
      const issue: RawIssue = { input: value, continue: true, owner, ...finding };
      issues.push(issue);
      stop ||= issue.continue !== true;
    }
    return value;
  };
}

/** zod's length and number bounds (inclusive; the length of a string in code points: an emoji is one character). */
function limit(bound: number, max: boolean, length: boolean, own?: Message): Check {
  const check = (value: unknown): Finding | undefined => {
    const input = value as { length: number };
    const size = !length ? value : typeof input === 'string' ? [...input].length : input.length;
    // Negated as zod words it: a length that is no number (`{ length: 'x' }`) is refused.
    if (max ? (size as number) <= bound : (size as number) >= bound) return undefined;
    const origin = !length ? 'number' : Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
    return { origin, code: max ? 'too_big' : 'too_small', [max ? 'maximum' : 'minimum']: bound, inclusive: true, own };
  };
  return Object.assign(check, { l: length });
}

/** zod's maxLength check. */
export const maxLength = (bound: number, own?: Message): Check => limit(bound, true, true, own);
/** zod's minLength check. */
export const minLength = (bound: number, own?: Message): Check => limit(bound, false, true, own);
/** zod's lte check. */
export const atMost = (bound: number, own?: Message): Check => limit(bound, true, false, own);
/** zod's gte check. */
export const atLeast = (bound: number, own?: Message): Check => limit(bound, false, false, own);

/** zod's int (safeint format): an integer (else later checks stop), within the safe range. */
export function safeInt(own?: Message): Check {
  return (input: number) => {
    if (!Number.isInteger(input)) return { expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, own };
    if (Number.isSafeInteger(input)) return undefined;
    const big = input > 0;
    return { code: big ? 'too_big' : 'too_small', [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER, note: 'Integers must be within the safe integer range.', origin: 'int', inclusive: true, own };
  };
}

/** zod's regex checks and string formats (an ISO date-time is a pattern too); the generator gives no global or sticky pattern, so lastIndex plays no part. */
export function pattern(regex: RegExp, own?: Message, format = 'regex'): Check {
  return (input: string) => (regex.test(input) ? undefined : { origin: 'string', code: 'invalid_format', format, pattern: `${regex}`, own });
}

/** zod's refine: the model's own rule, imported by name from validation-rules.ts; its issue lands at `path` under the value. */
export function rule(test: (value: never) => unknown, own?: Message, path: readonly PropertyKey[] = []): Check {
  return (input) => (test(input) ? undefined : { code: 'custom', path: [...path], own });
}

/** The message `source` words for `issue`, if any. */
function word(source: Message | undefined, issue: RawIssue): string | undefined {
  const message = typeof source === 'function' ? (source as (issue: RawIssue) => ReturnType<IssueMessage>)(issue) : source;
  return typeof message === 'string' ? message : (message?.message ?? undefined);
}

/** The exported validator of a schema: zod's safeParse result, each issue with its message chosen as zod chooses it. */
export function validator<T>(run: Run): Validator<T> {
  return (value, options) => {
    const raw: RawIssue[] = [];
    const data = run(value, raw);
    if (!raw.length) return { success: true, data: data as T };
    const issues = raw.map((found): ValidationIssue => {
      const message = word(found.own, found) ?? word(found.owner, found) ?? word(options?.error, found) ?? 'Invalid input';
      const { own, owner, continue: _, input, ...issue } = found;
      return { ...issue, path: issue.path ?? [], message };
    });
    return { success: false, error: { issues } };
  };
}
