import * as z from 'zod/mini';
import { Tag } from './admin-list-query.ts';
import { staffText, strictBody } from './admin-request-body.ts';
import { named } from './schema-meta.ts';
import { editsSomeTag } from './validation-rules.ts';

export const MAX_TAGS_PER_ORDER = 50;

const Tags = /* @__PURE__ */ z.array(Tag).check(z.maxLength(MAX_TAGS_PER_ORDER, `At most ${MAX_TAGS_PER_ORDER} tags`));

/** PUT …/tags: the order's tags become exactly these (duplicates dropped, order kept). */
export const SetTagsRequest = /* @__PURE__ */ named(strictBody({ tags: Tags }), 'SetTagsRequest', 'Replaces the order\'s tags.');
export type SetTagsRequest = z.infer<typeof SetTagsRequest>;

/** POST …/tags: adds and removes tags, leaving the others; the answer to two staff tagging the same order at once. */
export const EditTagsRequest = /* @__PURE__ */ named(
  /* @__PURE__ */ strictBody({ add: z.optional(Tags), remove: z.optional(Tags) }).check(
    z.refine(editsSomeTag, { message: 'Add or remove at least one tag', path: ['add'] }),
  ),
  'EditTagsRequest',
  'Adds and removes tags.',
);
export type EditTagsRequest = z.infer<typeof EditTagsRequest>;

export const AddStaffNoteRequest = /* @__PURE__ */ named(
  strictBody({
    text: /* @__PURE__ */ staffText(2000),
    /** Who wrote it, as shown beside the note. */
    author: z.optional(staffText(80)),
  }),
  'AddStaffNoteRequest',
  'Adds a staff note (never shown to the customer).',
);
export type AddStaffNoteRequest = z.infer<typeof AddStaffNoteRequest>;

/** Applies a tag edit: removals first, then additions at the end, no duplicates. */
export function editTags(current: readonly string[], edit: { add?: readonly string[]; remove?: readonly string[] }): string[] {
  const removed = new Set(edit.remove ?? []);
  const next = current.filter((tag) => !removed.has(tag));
  for (const tag of edit.add ?? []) if (!next.includes(tag)) next.push(tag);
  return next;
}
