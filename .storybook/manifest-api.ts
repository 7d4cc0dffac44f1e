// Each element's public API as the Custom Elements Manifest documents it, in the two forms Storybook
// needs: the argTypes behind the docs tables and controls (one row per attribute or property, event,
// slot, CSS part and CSS custom property, each with its description), and the bindings that make a
// control do what its row says (an attribute set as an attribute, a property as a property, a CSS
// custom property as a style on the element). Events are logged in the Actions panel by the
// decorator in preview.ts, which also applies the bindings (applyControlledArgs).
//
// Storybook's own reading of the manifest (@storybook/web-components) gives every attribute and
// property its own row (heading-level and headingLevel, twice), an object editor to events, slots
// and CSS parts, and nothing applies the values: a story's render only passes its hand-written args.
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestMember extends Typed {
  kind: string;
  attribute?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}
interface ManifestAttribute extends Typed {
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  summary?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}

/** How a control's value reaches the element. */
type Binding = { kind: 'attribute'; attribute: string } | { kind: 'property'; property: string } | { kind: 'css-property'; property: string };

interface ElementApi {
  declaration: ManifestDeclaration;
  argTypes: ArgTypes;
  bindings: Map<string, Binding>;
}

const declarations = new Map<string, ManifestDeclaration>(
  (manifest.modules as { declarations?: ManifestDeclaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

/** Every event any element fires (the decorator logs each in the Actions panel, wherever it comes from). */
export const manifestEventNames: readonly string[] = [...new Set([...declarations.values()].flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)))];

/**
 * The control a type calls for, or none when the value is not something a designer types in (an
 * SDK client, a loader). Written out as `{ type }`: Storybook normalises the shorthand (`'text'`)
 * only in stories' own argTypes, not in extracted ones, where it would show no control.
 */
function controlFor(typeText: string | undefined): Pick<ArgTypes[string], 'control' | 'options'> | undefined {
  if (!typeText) return { control: { type: 'text' } };
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'string') return { control: { type: 'text' } };
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) return { control: { type: 'select' }, options: parts.map((part) => part.slice(1, -1)) };
  return undefined;
}

/** Values a shop sets from script and that are plain data (an order, a shipment): editable as JSON. */
const isPlainData = (typeText: string | undefined) => Boolean(typeText) && !/=>|Client|Loader|RowSource|Promise/.test(typeText!);

/** A documented row with nothing to set: "-" in the control column (`false` would offer "Setup controls"). */
const NO_CONTROL = { disable: true } as const;

function readOnlyRow(category: string, item: Typed, name = item.name): ArgTypes[string] {
  return {
    name,
    description: item.description,
    control: NO_CONTROL,
    table: { category, type: item.type ? { summary: item.type.text } : undefined },
  };
}

function elementApi(declaration: ManifestDeclaration): ElementApi {
  const argTypes: ArgTypes = {};
  const bindings = new Map<string, Binding>();
  const fields = new Map((declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static).map((member) => [member.name, member]));

  // An attribute with a property behind it is one row, named as in HTML (`heading-level`) and keyed
  // by the property (`headingLevel`, also the key of `&args=headingLevel:3` in a story's URL).
  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName ? fields.get(attribute.fieldName) : undefined;
    const key = attribute.fieldName ?? attribute.name;
    const typeText = (field?.type ?? attribute.type)?.text;
    const control = field?.readonly ? undefined : controlFor(typeText);
    argTypes[key] = {
      name: attribute.name,
      description: field?.description ?? attribute.description,
      ...(control ?? { control: NO_CONTROL }),
      table: {
        category: 'attributes',
        type: typeText ? { summary: typeText } : undefined,
        defaultValue: (field?.default ?? attribute.default) !== undefined ? { summary: field?.default ?? attribute.default! } : undefined,
      },
    };
    if (control) bindings.set(key, { kind: 'attribute', attribute: attribute.name });
  }

  // Properties a page sets from script (an order, a client): data is editable as JSON, the rest is shown only.
  for (const field of fields.values()) {
    if (field.attribute || argTypes[field.name]) continue;
    const editable = !field.readonly && isPlainData(field.type?.text);
    argTypes[field.name] = {
      ...readOnlyRow('properties', field),
      control: editable ? { type: 'object' } : NO_CONTROL,
      table: { category: 'properties', type: field.type ? { summary: field.type.text } : undefined, defaultValue: field.default !== undefined ? { summary: field.default } : undefined },
    };
    if (editable) bindings.set(field.name, { kind: 'property', property: field.name });
  }

  // Events, slots and CSS parts are documented, not set: no control (the Actions panel shows events).
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = readOnlyRow('events', event);
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name || 'default'}`] = readOnlyRow('slots', slot, slot.name || '(default)');
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = readOnlyRow('css shadow parts', part);

  // CSS custom properties: any CSS value, set on the element's style while the control has one.
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      control: { type: 'text' },
      table: { category: 'css custom properties', type: { summary: 'CSS value' } },
    };
    bindings.set(property.name, { kind: 'css-property', property: property.name });
  }

  return { declaration, argTypes, bindings };
}

const apis = new Map<string, ElementApi>();

function apiOf(tag: unknown): ElementApi | undefined {
  if (typeof tag !== 'string') return undefined;
  const declaration = declarations.get(tag);
  if (!declaration) return undefined;
  let api = apis.get(tag);
  if (!api) apis.set(tag, (api = elementApi(declaration)));
  return api;
}

/** `parameters.docs.extractArgTypes`: the element's rows, for the docs table and the controls. */
export function manifestArgTypes(tag: unknown): ArgTypes | null {
  return apiOf(tag)?.argTypes ?? null;
}

/**
 * `parameters.docs.extractComponentDescription`: the class header's text. The analyzer keeps the
 * paragraphs after `@summary` in the summary and leaves `description` empty for most elements.
 */
export function manifestDescription(tag: unknown): string | null {
  const declaration = apiOf(tag)?.declaration;
  return declaration ? declaration.description || declaration.summary || null : null;
}

/** Whether an arg belongs to the element's documented API (others are the story's own options). */
export function isManifestArg(tag: unknown, key: string): boolean {
  return Boolean(apiOf(tag)?.argTypes[key]);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** The args each element was given by a control, so putting a control back also puts the element back. */
const controlled = new WeakMap<Element, Set<string>>();

function write(element: HTMLElement, binding: Binding, value: unknown): void {
  const unset = value === undefined || value === null || value === '';
  switch (binding.kind) {
    case 'attribute':
      if (unset || value === false) element.removeAttribute(binding.attribute);
      else element.setAttribute(binding.attribute, value === true ? '' : String(value));
      break;
    case 'property':
      (element as unknown as Record<string, unknown>)[binding.property] = unset ? undefined : value;
      break;
    case 'css-property':
      if (unset) element.style.removeProperty(binding.property);
      else element.style.setProperty(binding.property, String(value));
      break;
  }
}

/**
 * Applies to every `tag` element under `root` the documented args that differ from the story's own
 * (the story's render already passes those, and a live story may have moved on from them), and
 * puts back an arg a control changed earlier: a control then sets the element exactly as its row
 * says, whatever the story's render does.
 */
export function applyControlledArgs(root: ParentNode, tag: unknown, args: Args, initialArgs: Args): void {
  const api = apiOf(tag);
  if (!api) return;
  for (const element of root.querySelectorAll<HTMLElement>(tag as string)) {
    let changed = controlled.get(element);
    for (const [key, binding] of api.bindings) {
      const differs = !sameValue(args[key], initialArgs[key]);
      if (!differs && !changed?.has(key)) continue;
      write(element, binding, args[key]);
      if (differs) controlled.set(element, (changed ??= new Set()).add(key));
      else changed?.delete(key);
    }
  }
}
