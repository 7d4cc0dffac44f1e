import { editTags, type AddStaffNoteRequest, type Order } from '@suivi/model';
import { iso } from '../../seed/time.ts';
import { DEFAULT_STAFF_AUTHOR, addStaffNote, randomFor, type ActionEnv, type ActionPlan } from './action-plan.ts';

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/** The order's tags become `next`; when they already are, nothing changes (no new version, no event). */
export function planTags(order: Order, next: readonly string[]): ActionPlan {
  const tags = [...new Set(next)];
  return {
    ok: true,
    apply(draft) {
      if (sameTags(draft.tags, tags)) return [];
      draft.tags = [...tags];
    },
  };
}

export function planEditTags(order: Order, edit: { add?: readonly string[]; remove?: readonly string[] }): ActionPlan {
  return planTags(order, editTags(order.tags, edit));
}

export function planStaffNote(order: Order, request: AddStaffNoteRequest, env: ActionEnv): ActionPlan {
  return {
    ok: true,
    apply(draft) {
      addStaffNote(draft, randomFor(order, 'note'), iso(env.now()), request.author?.trim() || DEFAULT_STAFF_AUTHOR, request.text.trim());
    },
  };
}
