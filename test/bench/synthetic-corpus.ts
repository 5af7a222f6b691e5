/**
 * A synthetic corpus for benchmarks: articles made by recombining sentence templates (Indonesian and
 * English) with entities from the shipped gazetteer. Deterministic for a given seed and size, streamed
 * to disk one file at a time so memory stays flat. Not for quality measurement: the sentences are
 * simple on purpose; the point is volume and a realistic spread of entities and relations.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

import { projectPath } from "../../import/paths.js";

interface Person {
  name: string;
  country: string;
}

interface Gazetteer {
  countries: { en: string; id: string }[];
  persons: Person[];
}

type Language = "id" | "en";

interface Slots {
  p: Person;
  p2: Person;
  /** The person's role, in the article's language ("Foreign Minister", "Menteri Luar Negeri"). */
  role: string;
  c: string;
  c2: string;
  month: string;
  year: number;
}

const ROLES: Record<Language, string[]> = {
  en: ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "spokesperson", "Ambassador"],
  id: ["Menteri Luar Negeri", "Menteri Pertahanan", "Presiden", "Perdana Menteri", "juru bicara", "Duta Besar"],
};

const SYLLABLES = ["al", "ber", "cor", "dan", "el", "fa", "gor", "han", "is", "ja", "kor", "len", "mar", "nik", "ol", "pet", "ra", "sen", "tor", "ul", "vas", "yev", "zan"];

const MONTHS: Record<Language, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
};

const TEMPLATES: Record<Language, ((s: Slots) => string)[]> = {
  en: [
    (s) => `${s.role} ${s.p.name} visited ${s.c2} in ${s.month} ${s.year}, state media said.`,
    (s) => `The United States accused ${s.c} of supplying missiles and artillery shells to ${s.c2}.`,
    (s) => `${s.c} denied the claim, calling it baseless.`,
    (s) => `${s.role} ${s.p.name} met ${s.p2.name} in ${s.c2} to discuss military cooperation.`,
    (s) => `${s.c} and ${s.c2} signed a defence agreement in ${s.month}.`,
    (s) => `${s.c} fired ballistic missiles at targets in ${s.c2} on ${s.month} ${1 + (s.year % 27)}.`,
    (s) => `${s.c} and ${s.c2} agreed to expand economic cooperation.`,
    (s) => `Analysts said the talks showed how far relations had come since ${s.year - 1}.`,
    (s) => `${s.p.name} will visit ${s.c} next month, officials said.`,
  ],
  id: [
    (s) => `${s.role} ${s.p.name} mengunjungi ${s.c2} pada ${s.month} ${s.year}, kata media pemerintah.`,
    (s) => `Amerika Serikat menuduh ${s.c} memasok rudal dan amunisi kepada ${s.c2}.`,
    (s) => `${s.c} membantah klaim tersebut dan menyebutnya tidak berdasar.`,
    (s) => `${s.role} ${s.p.name} bertemu dengan ${s.p2.name} di ${s.c2} untuk membahas kerja sama militer.`,
    (s) => `${s.c} dan ${s.c2} menandatangani perjanjian pertahanan pada ${s.month}.`,
    (s) => `${s.c} menembakkan rudal balistik ke sasaran di ${s.c2} pada ${1 + (s.year % 27)} ${s.month} ${s.year}.`,
    (s) => `${s.c} dan ${s.c2} sepakat memperluas kerja sama ekonomi.`,
    (s) => `Para analis mengatakan pembicaraan itu menunjukkan eratnya hubungan sejak ${s.year - 1}.`,
    (s) => `${s.p.name} akan mengunjungi ${s.c} bulan depan, kata pejabat.`,
  ],
};

/** Mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GazetteerFile {
  entries: { name: string; aliases?: { en?: string[]; id?: string[] }; country?: string }[];
}

/**
 * Countries and persons from the shipped gazetteer, plus made-up officials (names built from
 * syllables, introduced by a title as news does), so a corpus has thousands of entities and a sparse,
 * news-like graph rather than every country linked to every other.
 */
export function loadBenchGazetteer(syntheticPersons = 4000): Gazetteer {
  const read = (file: string): GazetteerFile => JSON.parse(readFileSync(projectPath("import", "lexicon", "gazetteer", file), "utf8")) as GazetteerFile;
  const countries = read("countries.json").entries.map((e) => ({ en: e.name, id: e.aliases?.id?.[0] ?? e.name }));
  const known = read("persons.json")
    .entries.filter((e): e is typeof e & { country: string } => typeof e.country === "string")
    .map((e) => ({ name: e.name, country: e.country }));
  const random = rng(7);
  const word = () => {
    const parts = 2 + Math.floor(random() * 2);
    const w = Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const made = new Map<string, Person>();
  while (made.size < syntheticPersons) {
    const name = `${word()} ${word()}`;
    made.set(name, { name, country: countries[Math.floor(random() * countries.length)]!.en });
  }
  return { countries, persons: [...known, ...made.values()] };
}

export interface SyntheticArticle {
  file: string;
  text: string;
}

export function syntheticArticle(index: number, gazetteer: Gazetteer, seed = 42): SyntheticArticle {
  const random = rng(seed * 1_000_003 + index);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  // A skewed pick: a few "hub" countries appear far more often, as in real news.
  const hubbed = <T>(list: T[]): T => list[Math.floor(Math.pow(random(), 2.5) * list.length)]!;
  const language: Language = random() < 0.6 ? "id" : "en";
  const year = 2020 + Math.floor(random() * 6);
  const monthIndex = Math.floor(random() * 12);
  const country = (c: { en: string; id: string }) => (language === "id" ? c.id : c.en);
  const sentences: string[] = [];
  const count = 6 + Math.floor(random() * 8);
  for (let i = 0; i < count; i += 1) {
    const slots: Slots = {
      p: pick(gazetteer.persons),
      p2: pick(gazetteer.persons),
      role: pick(ROLES[language]),
      c: country(hubbed(gazetteer.countries)),
      c2: country(hubbed(gazetteer.countries)),
      month: MONTHS[language][monthIndex]!,
      year,
    };
    const sentence = pick(TEMPLATES[language])(slots);
    sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1));
  }
  const date = `${1 + Math.floor(random() * 28)} ${MONTHS[language][monthIndex]} ${year}`;
  const title = sentences[0]!.replace(/[.,].*$/, "");
  const text = `${title}\n\n${date}\n\n${sentences.join(" ")}\n`;
  return { file: `synthetic-${String(index).padStart(6, "0")}.txt`, text };
}

/** Writes (or reuses) a corpus of `size` articles under `dir`; returns the folder. */
export function ensureCorpus(dir: string, size: number, seed = 42): string {
  const folder = join(dir, `corpus-v2-${size}-${seed}`);
  const marker = join(folder, ".complete");
  if (existsSync(marker)) return folder;
  mkdirSync(folder, { recursive: true });
  const gazetteer = loadBenchGazetteer();
  for (let i = 0; i < size; i += 1) {
    const article = syntheticArticle(i, gazetteer, seed);
    writeFileSync(join(folder, article.file), article.text);
  }
  writeFileSync(marker, String(size));
  return folder;
}
