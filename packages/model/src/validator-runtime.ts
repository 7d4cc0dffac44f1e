/**
 * What the generated validators (generated/validators.ts) run on: the few steps of zod's parsing
 * that every schema shares, written without zod so a browser can check the API's answers without
 * loading it. Each step does what zod 4's does, in the same order, with the same issues (see
 * node_modules/zod/v4/core/schemas.js and checks.js): test/unit/generated-validators.test.ts holds
 * every validator to its zod schema on acceptance, output and issues.
 */

/**
 * Words an issue: a schema's own message, or the caller's error map (explainIssue, which zod types
 * for its own issues: the issue's parameter is left open so such a map fits; it is given a RawIssue).
 */
export type IssueMessage = (issue: never) => string | { message: string } | null | undefined;

/** An issue as it is raised, before its message is chosen: the fields zod's issues carry, which error maps read. */
export interface RawIssue {
  code: string;
  path?: PropertyKey[];
  input?: unknown;
  /** zod's `continue`: true lets later checks of the same value run; anything else stops them. */
  continue?: boolean;
  /** The message of what raised it (a check's or a schema's own). */
  own?: IssueMessage;
  /** For a check's issue, the message of the schema the check belongs to. */
  owner?: IssueMessage;
  [field: string]: unknown;
}

/** One value being checked and what was found wrong with it (zod's ParsePayload). */
export interface Payload {
  value: unknown;
  issues: RawIssue[];
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

/** A check's `continue: false` (an integer that is not one): later checks do not run even when they would on a broken value. */
export function explicitlyAborted(payload: Payload): boolean {
  return payload.issues.some((issue) => issue.continue === false);
}

/** Whether any issue from `start` on stops later checks (anything but `continue: true`). */
export function aborted(payload: Payload, start = 0): boolean {
  for (let index = start; index < payload.issues.length; index++) if (payload.issues[index]!.continue !== true) return true;
  return false;
}

/** zod's isObject: an object that is not null and not an array. */
export function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's isPlainObject (what a record accepts): an object whose constructor, if any, looks like Object. */
export function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  if (!isObject(prototype)) return false;
  return Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** Adds `key` in front of each issue's path, as an enclosing object, array or record does. */
export function prefixIssues(key: PropertyKey, issues: RawIssue[]): RawIssue[] {
  for (const issue of issues) (issue.path ??= []).unshift(key);
  return issues;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** A string's length in code points, as zod measures strings (an emoji is one character). */
function codePointLength(text: string): number {
  const units = text.length;
  if (!HIGH_SURROGATE.test(text)) return units;
  let count = units;
  for (let index = 0; index < units - 1; index++) {
    if ((text.charCodeAt(index) & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

function lengthOrigin(input: unknown): string {
  return Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
}

/** Length checks run on anything with a length, even a value already refused (zod's `when`), unless a check stopped them. */
export function lengthApplies(payload: Payload): boolean {
  const value = payload.value as { length?: unknown } | null | undefined;
  return value !== null && value !== undefined && value.length !== undefined && !explicitlyAborted(payload);
}

/** zod's maxLength check (strings in code points). */
export function checkMaxLength(payload: Payload, maximum: number, own?: IssueMessage, owner?: IssueMessage, abort = false): void {
  const input = payload.value as { length: number };
  const units = input.length;
  const length = typeof input === 'string' && units > maximum ? codePointLength(input) : units;
  if (length <= maximum) return;
  payload.issues.push({ origin: lengthOrigin(input), code: 'too_big', maximum, inclusive: true, input, continue: !abort, own, owner });
}

/** zod's minLength check (strings in code points). */
export function checkMinLength(payload: Payload, minimum: number, own?: IssueMessage, owner?: IssueMessage, abort = false): void {
  const input = payload.value as { length: number };
  const units = input.length;
  const length = typeof input === 'string' && units >= minimum && units < minimum * 2 ? codePointLength(input) : units;
  if (length >= minimum) return;
  payload.issues.push({ origin: lengthOrigin(input), code: 'too_small', minimum, inclusive: true, input, continue: !abort, own, owner });
}

const NUMERIC_ORIGIN: Record<string, string> = { number: 'number', bigint: 'bigint', object: 'date' };

/** zod's gte / gt. */
export function checkGreaterThan(payload: Payload, minimum: number, inclusive: boolean, own?: IssueMessage, owner?: IssueMessage, abort = false): void {
  const value = payload.value as number;
  if (inclusive ? value >= minimum : value > minimum) return;
  payload.issues.push({ origin: NUMERIC_ORIGIN[typeof value] ?? 'number', code: 'too_small', minimum, input: value, inclusive, continue: !abort, own, owner });
}

/** zod's lte / lt. */
export function checkLessThan(payload: Payload, maximum: number, inclusive: boolean, own?: IssueMessage, owner?: IssueMessage, abort = false): void {
  const value = payload.value as number;
  if (inclusive ? value <= maximum : value < maximum) return;
  payload.issues.push({ origin: NUMERIC_ORIGIN[typeof value] ?? 'number', code: 'too_big', maximum, input: value, inclusive, continue: !abort, own, owner });
}

/** zod's int (safeint format): an integer, within the safe range. */
export function checkSafeInt(payload: Payload, own?: IssueMessage, abort = false): void {
  const input = payload.value as number;
  if (!Number.isInteger(input)) {
    payload.issues.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input, own });
    return;
  }
  if (!Number.isSafeInteger(input)) {
    const note = 'Integers must be within the safe integer range.';
    if (input > 0) payload.issues.push({ input, code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, note, origin: 'int', inclusive: true, continue: !abort, own });
    else payload.issues.push({ input, code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, note, origin: 'int', inclusive: true, continue: !abort, own });
  }
}

/** zod's regex checks and string formats (an ISO date-time is a pattern too). */
export function checkPattern(payload: Payload, pattern: RegExp, format: string, own?: IssueMessage, owner?: IssueMessage, abort = false): void {
  pattern.lastIndex = 0;
  if (pattern.test(payload.value as string)) return;
  payload.issues.push({ origin: 'string', code: 'invalid_format', format, input: payload.value, pattern: pattern.toString(), continue: !abort, own, owner });
}

/** zod's refine: the model's own rule, imported by name from validation-rules.ts. */
export function checkRule(
  payload: Payload,
  rule: (value: never) => unknown,
  path: readonly PropertyKey[],
  own?: IssueMessage,
  owner?: IssueMessage,
  abort = false,
): void {
  const input = payload.value;
  if (!rule(input as never)) payload.issues.push({ code: 'custom', input, path: [...path], continue: !abort, own, owner });
}

/** zod's string parse. */
export function parseString(payload: Payload, own?: IssueMessage): Payload {
  if (typeof payload.value !== 'string') payload.issues.push({ expected: 'string', code: 'invalid_type', input: payload.value, own });
  return payload;
}

/** zod's number parse: finite numbers only. */
export function parseNumber(payload: Payload, own?: IssueMessage): Payload {
  const input = payload.value;
  if (typeof input === 'number' && !Number.isNaN(input) && Number.isFinite(input)) return payload;
  const received = typeof input === 'number' ? (Number.isNaN(input) ? 'NaN' : String(input)) : undefined;
  payload.issues.push({ expected: 'number', code: 'invalid_type', input, ...(received ? { received } : {}), own });
  return payload;
}

/** zod's boolean parse. */
export function parseBoolean(payload: Payload, own?: IssueMessage): Payload {
  if (typeof payload.value !== 'boolean') payload.issues.push({ expected: 'boolean', code: 'invalid_type', input: payload.value, own });
  return payload;
}

/** zod's enum and literal parse: one of the values (compared as a Set does). */
export function parseValue(payload: Payload, values: ReadonlySet<unknown>, listed: readonly unknown[], own?: IssueMessage): Payload {
  if (!values.has(payload.value)) payload.issues.push({ code: 'invalid_value', values: listed, input: payload.value, own });
  return payload;
}

/** Where an object property lands in the output, and its issues (zod's handlePropertyResult). */
export function settleProperty(result: Payload, payload: Payload, key: string, input: Record<PropertyKey, unknown>, optional: boolean): void {
  const present = key in input;
  if (!present && optional) return;
  if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
  if (!present) {
    if (!result.issues.length) payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
    return;
  }
  (payload.value as Record<string, unknown>)[key] = result.value;
}

/** A strict object's unknown keys, reported once with `continue` (zod's catchall `never`). */
export function reportUnknownKeys(payload: Payload, input: Record<PropertyKey, unknown>, known: ReadonlySet<string>, own?: IssueMessage): void {
  const unknown: string[] = [];
  for (const key in input) if (!known.has(key)) unknown.push(key);
  if (unknown.length) payload.issues.push({ code: 'unrecognized_keys', keys: unknown, input, continue: true, own });
}

/** The first union option that accepts the value, else the one that only failed softly, else invalid_union (zod's union). */
export function settleUnion(results: Payload[], payload: Payload, own?: IssueMessage): Payload {
  for (const result of results) if (result.issues.length === 0) return result;
  const soft = results.filter((result) => !aborted(result));
  if (soft.length === 1) {
    payload.value = soft[0]!.value;
    return soft[0]!;
  }
  payload.issues.push({ code: 'invalid_union', input: payload.value, errors: [], own });
  return payload;
}

/** The message `source` words for `issue`, if any. */
function word(source: IssueMessage | undefined, issue: RawIssue): string | undefined {
  const message = (source as ((issue: RawIssue) => ReturnType<IssueMessage>) | undefined)?.(issue);
  return typeof message === 'string' ? message : (message?.message ?? undefined);
}

/** The result zod's safeParse gives: the value, or each issue with its message chosen as zod chooses it. */
export function settle<T>(payload: Payload, options?: ValidateOptions): ValidationResult<T> {
  if (payload.issues.length === 0) return { success: true, data: payload.value as T };
  const issues = payload.issues.map((raw): ValidationIssue => {
    const message = word(raw.own, raw) ?? word(raw.owner, raw) ?? word(options?.error, raw) ?? 'Invalid input';
    const issue: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
      if (key === 'own' || key === 'owner' || key === 'continue' || key === 'input' || key === '__proto__') continue;
      issue[key] = raw[key];
    }
    issue.path ??= [];
    issue.message = message;
    return issue as ValidationIssue;
  });
  return { success: false, error: { issues } };
}

/** One schema's check of a value (zod's `_zod.run`): the same payload, or the one a union chose. */
export type Run = (payload: Payload) => Payload;

/**
 * One check of a schema as the generated code lists it: 1 for a length check (it runs on a value
 * already refused, zod's `when`) or 0, the check, then its arguments after the payload. A table
 * rather than a statement per check keeps the generated module small.
 */
export type CheckStep = readonly [lengthCheck: 0 | 1, check: (payload: Payload, ...args: never[]) => void, ...args: unknown[]];

/**
 * Runs a schema's checks on what its parse gave, in order, as zod does: once an issue that does
 * not let later checks continue is raised, the other checks stop, but a length check still runs
 * unless a check stopped explicitly (see lengthApplies).
 */
export function runChecks(payload: Payload, steps: readonly CheckStep[]): Payload {
  let stop = aborted(payload);
  for (const [lengthCheck, check, ...args] of steps) {
    if (lengthCheck ? !lengthApplies(payload) : stop) continue;
    const before = payload.issues.length;
    (check as (payload: Payload, ...args: unknown[]) => void)(payload, ...args);
    if (!stop && payload.issues.length > before) stop = aborted(payload, before);
  }
  return payload;
}

/** The exported validator of a run function: a fresh payload in, zod's safeParse result out. */
export function validatorOf<T>(run: Run): Validator<T> {
  return (value, options) => settle(run({ value, issues: [] }), options);
}

/** A property of an object schema: its key, how its value is checked, and whether it may be left out (absent: it may not). */
export type Field = readonly [key: string, run: Run, optional?: true];

/** zod's object parse: each declared key in order into a new object (unknown keys dropped, or reported when `known` is given: strictObject). */
export function parseObject(payload: Payload, fields: readonly Field[], known: ReadonlySet<string> | null = null, own?: IssueMessage): Payload {
  const input = payload.value;
  if (!isObject(input)) {
    payload.issues.push({ expected: 'object', code: 'invalid_type', input, own });
    return payload;
  }
  payload.value = {};
  for (const [key, run, optional] of fields) settleProperty(run({ value: input[key], issues: [] }), payload, key, input, optional === true);
  if (known) reportUnknownKeys(payload, input, known, own);
  return payload;
}

/** zod's array parse: each element checked into a new array, issues under its index. */
export function parseArray(payload: Payload, element: Run, own?: IssueMessage): Payload {
  const input = payload.value;
  if (!Array.isArray(input)) {
    payload.issues.push({ expected: 'array', code: 'invalid_type', input, own });
    return payload;
  }
  const output: unknown[] = new Array(input.length);
  payload.value = output;
  for (let index = 0; index < input.length; index++) {
    const result = element({ value: input[index], issues: [] });
    if (result.issues.length) payload.issues.push(...prefixIssues(index, result.issues));
    output[index] = result.value;
  }
  return payload;
}

/** zod's union: the first option that accepts the value (see settleUnion). */
export function parseUnion(payload: Payload, options: readonly Run[], own?: IssueMessage): Payload {
  if (options.length === 1) return options[0]!(payload);
  const results: Payload[] = [];
  for (const option of options) {
    const result = option({ value: payload.value, issues: [] });
    if (result.issues.length === 0) return result;
    results.push(result);
  }
  return settleUnion(results, payload, own);
}

/** zod's discriminated union: the option its discriminator names checks the value, else invalid_union at the discriminator. */
export function parseDiscriminated(payload: Payload, discriminator: string, options: ReadonlyMap<unknown, Run>, own?: IssueMessage): Payload {
  const input = payload.value;
  if (!isObject(input)) {
    payload.issues.push({ code: 'invalid_type', expected: 'object', input, own });
    return payload;
  }
  const option = options.get(input[discriminator]);
  if (option) return option(payload);
  payload.issues.push({
    code: 'invalid_union',
    errors: [],
    note: 'No matching discriminator',
    discriminator,
    options: [...options.keys()],
    input,
    path: [discriminator],
    own,
  });
  return payload;
}

/** zod's record over an enum's keys: every key of the enum, and no other (reported with `continue`). */
export function parseEnumRecord(payload: Payload, keys: readonly string[], value: Run, own?: IssueMessage): Payload {
  const input = payload.value;
  if (!isPlainObject(input)) {
    payload.issues.push({ expected: 'record', code: 'invalid_type', input, own });
    return payload;
  }
  const output: Record<string, unknown> = {};
  payload.value = output;
  const known = new Set<PropertyKey>(keys);
  for (const key of keys) {
    const result = value({ value: input[key], issues: [] });
    if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
    output[key] = result.value;
  }
  let unknown: string[] | undefined;
  for (const key in input) if (!known.has(key)) (unknown ??= []).push(key);
  if (unknown) payload.issues.push({ code: 'unrecognized_keys', input, keys: unknown, continue: true, own });
  return payload;
}

/** What zod's record reads as a number when a key fails as a string. */
const NUMERIC_KEY = /^-?\d+(?:\.\d+)?$/;

/** zod's record over any key its key schema accepts: each own enumerable key checked, then its value. */
export function parseRecord(payload: Payload, key: Run, value: Run, own?: IssueMessage): Payload {
  const input = payload.value;
  if (!isPlainObject(input)) {
    payload.issues.push({ expected: 'record', code: 'invalid_type', input, own });
    return payload;
  }
  const output: Record<PropertyKey, unknown> = {};
  payload.value = output;
  for (const name of Reflect.ownKeys(input)) {
    if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, name)) continue;
    let keyResult = key({ value: name, issues: [] });
    if (typeof name === 'string' && NUMERIC_KEY.test(name) && keyResult.issues.length) {
      const retried = key({ value: Number(name), issues: [] });
      if (retried.issues.length === 0) keyResult = retried;
    }
    if (keyResult.issues.length) {
      payload.issues.push({ code: 'invalid_key', origin: 'record', issues: keyResult.issues.map((issue) => ({ code: issue.code, path: issue.path ?? [] })), input: name, path: [name], own });
      continue;
    }
    const outKey = keyResult.value as PropertyKey;
    if (outKey === '__proto__') continue;
    const result = value({ value: input[name], issues: [] });
    if (result.issues.length) payload.issues.push(...prefixIssues(name, result.issues));
    output[outKey] = result.value;
  }
  return payload;
}

/** zod's nullable: null as it is, anything else to the inner schema. */
export function parseNullable(payload: Payload, inner: Run): Payload {
  return payload.value === null ? payload : inner(payload);
}

/** zod's optional: undefined as it is, anything else to the inner schema. */
export function parseOptional(payload: Payload, inner: Run): Payload {
  return payload.value === undefined ? payload : inner(payload);
}
