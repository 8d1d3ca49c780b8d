import { parseSavedPlanText, type SavedPlanOf } from '../plan/saved-plan.js';
import { CHANGE_KINDS, type Change } from '../resources/registry.js';

/** A plan file of this build's resource kinds. */
export type SavedPlan = SavedPlanOf<Change>;

/** Parses and verifies a saved plan; anything unreadable, edited, or of a kind this build does not know is refused. */
export function parseSavedPlan(text: string, file: string): SavedPlan {
  return parseSavedPlanText<Change>(text, file, CHANGE_KINDS);
}
