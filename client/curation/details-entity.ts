/**
 * Curation of one entity in the Details panel: merge a duplicate into it (search box), split aliases
 * off into a new entity (pick aliases, name, type), add an alias, add a relation by hand
 * (details-add-relation.ts); then its history. The entity is marked "curated" once its history shows
 * an analyst's change.
 */
import { ENTITY_TYPE_NAMES, type EntityDetails, type EntityType, type SearchHit } from "../../graph-schema/index.js";
import { entityLabel } from "../render/styles.js";
import { button, h, replaceChildren } from "../ui/dom.js";
import { createSearchBox } from "../ui/search-box.js";
import { addRelationForm } from "./details-add-relation.js";
import { analystField, curatedBadge, finish, takeFlash, type DetailsCurationDeps } from "./details-common.js";
import type { DetailsSections } from "./details-relation.js";
import { actionForm, field, selectOf, textInput } from "./forms.js";
import { historySection } from "./history.js";

export function entityCuration(details: EntityDetails, reload: () => void, deps: DetailsCurationDeps): DetailsSections {
  const { api } = deps;
  const entity = details.entity;
  const slot = h("div", { class: "cur-form-slot" });
  const closeForm = () => replaceChildren(slot);
  const rereadAround = (ids: string[], gone: string[] = []) => async () => {
    await deps.refresh.around(ids, gone);
    reload();
  };

  const openMerge = () => {
    let chosen: SearchHit | null = null;
    const note = h("p", { class: "hint" }, "Search the duplicate, e.g. a misspelling or another language's name.");
    const box = createSearchBox({
      label: "Entity to merge",
      placeholder: "Search the duplicate…",
      keepChoice: true,
      search: async (query, signal) => {
        const found = await deps.search(query, signal);
        return { ...found, hits: found.hits.filter((hit) => hit.id !== entity.id) };
      },
      onChoose: (hit) => {
        chosen = hit;
        note.textContent = `“${hit.name}” (${entityLabel(hit.entityType)}) will disappear: its names become aliases of “${entity.name}”, its relations and evidence move here, and later imports map its names here too.`;
      },
    });
    replaceChildren(
      slot,
      actionForm({
        title: `Merge a duplicate into “${entity.name}”`,
        fields: [field("Entity to merge", box.element), note],
        submit: "Merge",
        danger: true,
        cancel: closeForm,
        run: async () => {
          const from = chosen;
          if (!from) return "Choose the entity to merge from the search results first.";
          return finish(await api.merge(entity.id, from.id, {}), {
            target: "entity",
            id: entity.id,
            ok: () => `Merged “${from.name}” into “${entity.name}”.`,
            reread: rereadAround([entity.id], [from.id]),
          });
        },
      }),
    );
    box.input.focus();
  };

  const openSplit = () => {
    const aliases = entity.aliases.filter((alias) => alias !== entity.name);
    if (!aliases.length) {
      replaceChildren(slot, h("p", { class: "hint" }, `“${entity.name}” has no alias to split off.`), button("OK", closeForm, { class: "btn btn-small" }));
      return;
    }
    const name = textInput("Name of the new entity", "", { maxlength: "200" });
    let nameEdited = false;
    name.addEventListener("input", () => (nameEdited = name.value.trim() !== ""));
    const boxes = aliases.map((alias) => {
      const box = h("input", { type: "checkbox", value: alias });
      box.addEventListener("change", () => {
        const first = boxes.find((b) => b.checked);
        if (!nameEdited) name.value = first?.value ?? "";
      });
      return box;
    });
    const type = selectOf<EntityType>("Type of the new entity", ENTITY_TYPE_NAMES.map((t) => [t, entityLabel(t)] as const), entity.entityType);
    replaceChildren(
      slot,
      actionForm({
        title: `Split aliases off “${entity.name}”`,
        intro: "For a wrong merge: the picked aliases, and every statement made under them, move to a new entity.",
        fields: [
          h("fieldset", { class: "cur-aliases" }, h("legend", null, "Aliases that name another entity"), boxes.map((box) => h("label", { class: "check" }, box, h("span", null, box.value)))),
          field("Name of the new entity", name),
          field("Type", type),
        ],
        submit: "Split off",
        cancel: closeForm,
        run: async () => {
          const picked = boxes.filter((b) => b.checked).map((b) => b.value);
          const newName = name.value.trim();
          if (!picked.length) return "Pick at least one alias to split off.";
          if (!newName) return "Give the new entity a name.";
          return finish(await api.split(entity.id, { name: newName, type: type.value as EntityType, aliases: picked }), {
            target: "entity",
            id: entity.id,
            ok: (value) => `Split “${newName}” off into a new entity (${value.entityId}).`,
            reread: async (value) => {
              await deps.refresh.around(value ? [entity.id, value.entityId] : [entity.id]);
              reload();
            },
          });
        },
      }),
    );
    boxes[0]?.focus();
  };

  const openAlias = () => {
    const alias = textInput("New alias", "", { maxlength: "200", placeholder: "e.g. an acronym or a spelling in another language" });
    replaceChildren(
      slot,
      actionForm({
        title: `Add an alias of “${entity.name}”`,
        intro: "Later imports will recognise this name as the same entity.",
        fields: [field("New alias", alias)],
        submit: "Add alias",
        cancel: closeForm,
        run: async () => {
          const value = alias.value.trim();
          if (!value) return "Type the alias first.";
          return finish(await api.addAlias(entity.id, value, {}), { target: "entity", id: entity.id, ok: () => `Added the alias “${value}”.`, reread: rereadAround([entity.id]) });
        },
      }),
    );
    alias.focus();
  };

  const openAddRelation = () => {
    replaceChildren(slot, addRelationForm(details, deps, closeForm));
    slot.querySelector("input")?.focus();
  };

  const badge = curatedBadge("An analyst changed this entity (merge, split or alias): see its history");
  badge.hidden = true;
  const top = h(
    "section",
    { class: "curation", "aria-label": "Curation" },
    h("h3", { class: "cur-title" }, "Curation ", badge),
    takeFlash(entity.id),
    h(
      "div",
      { class: "actions", role: "group", "aria-label": "Curation actions" },
      button("Merge duplicate…", openMerge, { title: "Merge another entity (the same thing under another name) into this one" }),
      button("Split aliases…", openSplit, { title: "Move aliases that name another entity into a new entity" }),
      button("Add alias…", openAlias),
      button("Add relation…", openAddRelation, { title: "Add a relation by hand, backed by a quote from an article" }),
    ),
    slot,
    analystField(deps.settings),
  );
  const history = historySection(api, "entity", entity.id, (records) => {
    badge.hidden = !records.some((record) => record.kind !== "import-article");
  });
  return { top: [top], bottom: [history] };
}
