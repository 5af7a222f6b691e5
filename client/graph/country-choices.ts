/**
 * Which countries the "involving countries" filter lists. A real graph has a few dozen countries, but
 * nothing bounds it, and a checkbox per country at thousands of them freezes the page: the list shows
 * the checked countries, then the most involved (by degree), at most `max`, in name order; a query
 * narrows it to matching names first.
 */
import { fold } from "./search.js";

export interface CountryEntry {
  id: string;
  label: string;
}

export interface CountryChoices {
  shown: CountryEntry[];
  /** Countries matching the query (all of them without one): more than `shown.length` when the list is cut. */
  matching: number;
}

export function chooseCountries(
  countries: readonly CountryEntry[],
  degree: ReadonlyMap<string, number>,
  checked: readonly string[],
  query: string,
  max: number,
): CountryChoices {
  const q = fold(query);
  const matches = q ? countries.filter((c) => fold(c.label).includes(q)) : [...countries];
  const isChecked = new Set(checked);
  const byInvolvement = matches
    .filter((c) => !isChecked.has(c.id))
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.label.localeCompare(b.label));
  const kept = countries.filter((c) => isChecked.has(c.id));
  const room = Math.max(0, max - kept.length);
  const shown = [...kept, ...byInvolvement.slice(0, room)].sort((a, b) => a.label.localeCompare(b.label));
  return { shown, matching: matches.length };
}
