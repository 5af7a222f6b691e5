/**
 * Curation of one relation in the Details panel: reject (with an optional comment, confirmed in an
 * inline form), restore a rejected one, correct its type / direction / status; then its history.
 * Every write sends the version the panel shows, so a concurrent change ends in a clear 409 message
 * and a reload instead of a lost update.
 */
import { RELATION_STATUS_NAMES, RELATION_TYPE_NAMES, RELATION_TYPES, type RelationDetails, type RelationStatus, type RelationType } from "../../graph-schema/index.js";
import { relationLabel } from "../render/styles.js";
import { button, h, replaceChildren } from "../ui/dom.js";
import { correctionProblem } from "./checks.js";
import { analystField, finish, setFlash, takeFlash, type DetailsCurationDeps } from "./details-common.js";
import { actionForm, field, selectOf, textArea } from "./forms.js";
import { historySection } from "./history.js";
import { describeRelationId } from "./history-text.js";

export interface DetailsSections {
  top: Node[];
  bottom: Node[];
}

export function relationCuration(relation: RelationDetails, reload: () => void, deps: DetailsCurationDeps): DetailsSections {
  const { api } = deps;
  const slot = h("div", { class: "cur-form-slot" });
  const versioned = (comment: string) => ({
    ...(comment.trim() ? { comment: comment.trim() } : {}),
    ...(relation.version !== undefined ? { expectedVersion: relation.version } : {}),
  });
  const reread = async () => {
    await deps.refresh.around([relation.source.id, relation.target.id]);
    reload();
  };
  const closeForm = () => replaceChildren(slot);

  const openReject = () => {
    const comment = textArea("Comment (optional)", "", { placeholder: "Why is it wrong? Kept in the history.", maxlength: "2000" });
    replaceChildren(
      slot,
      actionForm({
        title: "Reject this relation?",
        intro: "It disappears from the graph and exports but stays in the history; later imports do not bring it back.",
        fields: [field("Comment (optional)", comment)],
        submit: "Reject relation",
        danger: true,
        cancel: closeForm,
        run: async () => finish(await api.reject(relation.id, versioned(comment.value)), { target: "relation", id: relation.id, ok: () => "Relation rejected: it is hidden from the graph.", reread }),
      }),
    );
    comment.focus();
  };

  const openCorrect = () => {
    let type = relation.relationType;
    let status = relation.status;
    const swap = h("input", { type: "checkbox", "aria-label": "Swap direction" });
    const swapLabel = h("label", { class: "check" }, swap, h("span", null, `Swap direction (${relation.target.name} → ${relation.source.name})`));
    const syncSwap = () => {
      swap.disabled = RELATION_TYPES[type].symmetric;
      if (swap.disabled) swap.checked = false;
    };
    const typeSelect = selectOf<RelationType>("Relation type", RELATION_TYPE_NAMES.map((t) => [t, relationLabel(t)] as const), type, (value) => {
      type = value;
      syncSwap();
    });
    const statusSelect = selectOf<RelationStatus>("Status", RELATION_STATUS_NAMES.map((s) => [s, s] as const), status, (value) => (status = value));
    const comment = textArea("Comment (optional)", "", { placeholder: "What was wrong? Kept in the history.", maxlength: "2000" });
    syncSwap();
    replaceChildren(
      slot,
      actionForm({
        title: "Correct this relation",
        intro: "The corrected relation keeps the evidence; the original is rejected and points to it.",
        fields: [field("Type", typeSelect), swapLabel, field("Status", statusSelect), field("Comment (optional)", comment)],
        submit: "Save correction",
        cancel: closeForm,
        run: async () => {
          const problem = correctionProblem(relation, type, swap.checked, status);
          if (problem) return problem;
          const body = {
            ...versioned(comment.value),
            ...(type !== relation.relationType ? { type } : {}),
            ...(swap.checked && !RELATION_TYPES[type].symmetric ? { swap: true } : {}),
            ...(status !== relation.status ? { status } : {}),
          };
          return finish(await api.correct(relation.id, body), {
            target: "relation",
            id: relation.id,
            ok: (value) => `Corrected: this relation was replaced by ${value.relationId}.`,
            reread: async (value) => {
              await deps.refresh.around([relation.source.id, relation.target.id]);
              if (value && value.relationId !== relation.id) {
                // Move on to the corrected relation; its panel tells what happened.
                setFlash(value.relationId, { kind: "ok", text: `Corrected: this relation replaces ${describeRelationId(relation.id)}, now rejected.` });
                deps.selectEdge(value.relationId);
              } else reload();
            },
          });
        },
      }),
    );
    typeSelect.focus();
  };

  const restore = button(
    "Restore",
    () => {
      restore.disabled = true;
      void api.restore(relation.id, versioned("")).then(async (result) => {
        const message = await finish(result, { target: "relation", id: relation.id, ok: () => "Relation restored: it is back in the graph.", reread });
        if (message) {
          restore.disabled = false;
          replaceChildren(slot, h("p", { class: "error-text", role: "alert" }, message));
        }
      });
    },
    { title: "Put this rejected relation back into the graph" },
  );

  const actions = h(
    "div",
    { class: "actions", role: "group", "aria-label": "Curation actions" },
    relation.rejected ? restore : button("Reject…", openReject, { title: "Hide this relation: the extractor got it wrong" }),
    button("Correct…", openCorrect, { title: "Change its type, direction or status" }),
  );
  const state = relation.rejected
    ? h("p", { class: "cur-state is-rejected" }, "Rejected by an analyst: hidden from the graph and exports. Restore it to bring it back.")
    : relation.curated
      ? h("p", { class: "cur-state" }, "Curated by an analyst: later imports do not override it.")
      : null;
  const top = h("section", { class: "curation", "aria-label": "Curation" }, takeFlash(relation.id), state, actions, slot, analystField(deps.settings));
  return { top: [top], bottom: [historySection(api, "relation", relation.id)] };
}
