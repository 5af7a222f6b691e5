/**
 * Language detection, Indonesian vs English. Function words decide: they are frequent even in
 * a headline, and the two languages share almost none, so a count is robust on short texts where
 * trigram models (franc) are not. Indonesian affixes (me-/di-…-kan, -nya) break ties; franc, restricted
 * to the two languages, is the last resort for text with neither.
 */
import { franc } from "franc-min";

import type { Language } from "../../graph-schema/index.js";

const ID_WORDS = new Set(
  (
    "yang dan di ke dari untuk dengan pada ini itu tidak akan dalam adalah oleh bahwa juga telah sudah " +
    "atau para kata mereka kami kita ia dia tersebut sebagai karena namun tetapi saat ketika setelah " +
    "sebelum bagi tak belum masih lebih sejak antara kepada menurut seperti hingga atas bisa dapat " +
    "sangat pun secara agar jika tahun lalu negara serta ujar tutur"
  ).split(" "),
);
const EN_WORDS = new Set(
  (
    "the and of to in that is was for with on by said has have will from at as it its are were be been " +
    "this which who their they he she not but after before would could also than an a over into about " +
    "against when while year last told says should may"
  ).split(" "),
);
const ID_AFFIX = /^(meng|meny|mem|men|me|di|ber|ter|pe[mnr]?)\p{L}{3,}(kan|an|i)$|\p{L}{3,}nya$/u;
const EN_SUFFIX = /^\p{L}{2,}(ing|ed|ly|tion|ment|ies|es|s)$/u;

export interface LanguageScore {
  id: number;
  en: number;
}

export function scoreLanguage(text: string): LanguageScore {
  const score = { id: 0, en: 0 };
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (ID_WORDS.has(w)) score.id += 1;
    else if (EN_WORDS.has(w)) score.en += 1;
    else if (ID_AFFIX.test(w)) score.id += 0.25;
    else if (EN_SUFFIX.test(w)) score.en += 0.1; // weak: decides only texts without function words
  }
  return score;
}

/** `id` or `en`; deterministic; never fails (English when nothing tells). */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const { id, en } = scoreLanguage(sample);
  if (id !== en) return id > en ? "id" : "en";
  const guess = franc(sample, { only: ["ind", "eng"], minLength: 3 });
  return guess === "ind" ? "id" : "en";
}
