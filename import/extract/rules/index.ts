/**
 * The relation rules by type and trigger frame (accusations and denials are in claims.ts and
 * denials.ts; REPRESENTS comes from role phrases). A frame a type has no rule for is ignored.
 */
import type { RelationType } from "../../../graph-schema/index.js";

import type { TriggerFrame } from "../lexicon/schema.js";
import { ATTACKED_RULES } from "./attacked.js";
import type { Rule } from "./common.js";
import { COOPERATES_RULES } from "./cooperates.js";
import { MET_WITH_RULES } from "./met-with.js";
import { SIGNED_RULES } from "./signed.js";
import { SUPPLIES_RULES } from "./supplies.js";
import { VISITED_RULES } from "./visited.js";

export const RELATION_RULES: Partial<Record<RelationType, Partial<Record<TriggerFrame, Rule>>>> = {
  VISITED: VISITED_RULES,
  MET_WITH: MET_WITH_RULES,
  SUPPLIES_WEAPONS_TO: SUPPLIES_RULES,
  ATTACKED: ATTACKED_RULES,
  COOPERATES_WITH: COOPERATES_RULES,
  SIGNED_AGREEMENT_WITH: SIGNED_RULES,
};

export { accompanyVisits, settleVisits } from "./visited.js";
export type { TriggerHit, Rule } from "./common.js";
