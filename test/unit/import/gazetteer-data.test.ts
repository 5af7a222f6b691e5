/**
 * Checks the shipped gazetteer data (import/lexicon/gazetteer/*.json): every file parses with the schema, names are unique,
 * no surface form points at two entities, the country list is complete enough, and the Indonesian forms seen in the seed
 * articles resolve to the right canonical names.
 */
import { readFileSync } from "node:fs";

import { type GazetteerEntry, gazetteerFileSchema } from "../../../import/extract/gazetteer-schema.js";
import { projectPath } from "../../../import/paths.js";

const FILES = ["countries.json", "organizations.json", "persons.json"] as const;

/**
 * Surface forms deliberately shared by two entities, each with the reason. Keep this short: an ambiguous form should
 * rather be left out of the data (and the choice explained in the entry's note) than listed here.
 * Key: normalized form (see `normalize`); value: the canonical names that share it.
 */
const AMBIGUITY_ALLOW_LIST: Record<string, readonly string[]> = {
  // (none yet) Examples of forms resolved instead of allowed: "Brussels" -> European Union only (Belgium has no metonym);
  // "Kepala Staf Gabungan"/"JCS" -> South Korean Joint Chiefs of Staff only; bare "Congo"/"Kongo", "Korea", "Partai Komunis",
  // "Dewan Keamanan", "Joint Chiefs of Staff" are in no entry at all.
};

/**
 * Countries without a metonym, on purpose (each entry's note says why): city-states named like their capital, Belgium
 * (Brussels stands for the EU), Seychelles (its capital "Victoria" is mostly other things), Western Sahara (no seat acts for it).
 */
const COUNTRIES_WITHOUT_METONYM = new Set(["Singapore", "Monaco", "Belgium", "Seychelles", "Western Sahara"]);

/** Forms that must never be listed: common words or forms that need context (see the entries' notes). */
const FORBIDDEN_FORMS = {
  en: ["IS", "Congo", "Korea", "Korean", "Congolese", "Joint Chiefs of Staff", "Security Council", "National Assembly",
    "Communist Party", "Foreign Ministry", "Defense Ministry", "Congress", "Victoria", "Male", "CAR", "SDF", "RSF", "Kim"],
  id: ["US", "Lima", "Baku", "Sana", "Utara", "Selatan", "Barat", "Korea", "Kongo", "Partai Komunis", "Dewan Keamanan",
    "Kementerian Luar Negeri", "Kemlu", "Kemenlu", "Antara", "RT", "AU", "BIN", "Kim", "Istana"],
};

interface LoadedEntry extends GazetteerEntry {
  file: string;
}

function loadAll(): LoadedEntry[] {
  return FILES.flatMap((file) => {
    const raw: unknown = JSON.parse(readFileSync(projectPath("import", "lexicon", "gazetteer", file), "utf8"));
    return gazetteerFileSchema.parse(raw).entries.map((entry) => ({ ...entry, file }));
  });
}

/** Case-, accent-, hyphen- and dot-insensitive key, so "U.S." = "US", "Kim Jong-un" = "kim jong un", "Türkiye" = "Turkiye". */
function normalize(form: string): string {
  return form
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.]/g, "")
    .replace(/[-‐‑–—_]/g, " ")
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function surfaceForms(entry: GazetteerEntry): string[] {
  return [
    entry.name,
    ...entry.aliases.en,
    ...entry.aliases.id,
    ...entry.metonyms.en,
    ...entry.metonyms.id,
    ...entry.adjectives.en,
    ...entry.adjectives.id,
  ];
}

function formIndex(entries: readonly LoadedEntry[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const form of surfaceForms(entry)) {
      const key = normalize(form);
      const names = index.get(key) ?? new Set<string>();
      names.add(entry.name);
      index.set(key, names);
    }
  }
  return index;
}

describe("gazetteer data files", () => {
  const entries = loadAll();
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const countries = entries.filter((entry) => entry.type === "Country");
  const index = formIndex(entries);

  /** The single canonical name a surface form resolves to (throws on a miss or an ambiguity). */
  function resolve(form: string): string {
    const names = [...(index.get(normalize(form)) ?? [])];
    if (names.length !== 1) throw new Error(`"${form}" resolves to ${names.length === 0 ? "nothing" : names.join(", ")}`);
    return names[0]!;
  }

  it("should parse every file with the gazetteer schema", () => {
    for (const file of FILES) {
      const raw: unknown = JSON.parse(readFileSync(projectPath("import", "lexicon", "gazetteer", file), "utf8"));
      const parsed = gazetteerFileSchema.safeParse(raw);
      expect(parsed.success ? file : `${file}: ${parsed.error.message}`).toBe(file);
    }
  });

  it("should keep each file to its entity types", () => {
    const expected: Record<string, string> = { "countries.json": "Country", "organizations.json": "Organization", "persons.json": "Person" };
    expect(entries.filter((entry) => entry.type !== expected[entry.file]).map((entry) => `${entry.file}: ${entry.name}`)).toEqual([]);
  });

  it("should not repeat a canonical name", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of entries) {
      const key = normalize(entry.name);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${entry.name} (${entry.file}) vs ${first}`);
      else seen.set(key, `${entry.name} (${entry.file})`);
    }
    expect(duplicates).toEqual([]);
  });

  it("should not map a surface form to two entities unless allow-listed", () => {
    const clashes: string[] = [];
    for (const [form, names] of index) {
      if (names.size < 2) continue;
      const allowed = AMBIGUITY_ALLOW_LIST[form];
      const sorted = [...names].sort();
      if (!allowed || [...allowed].sort().join("|") !== sorted.join("|")) clashes.push(`"${form}": ${sorted.join(", ")}`);
    }
    expect(clashes).toEqual([]);
  });

  it("should keep the ambiguity allow-list in step with the data", () => {
    const stale = Object.keys(AMBIGUITY_ALLOW_LIST).filter((form) => (index.get(form)?.size ?? 0) < 2);
    expect(stale).toEqual([]);
  });

  it("should keep every form trimmed, capitalized somewhere, and unique within its list", () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const lists: Record<string, string[]> = {
        "aliases.en": entry.aliases.en,
        "aliases.id": entry.aliases.id,
        "metonyms.en": entry.metonyms.en,
        "metonyms.id": entry.metonyms.id,
        "adjectives.en": entry.adjectives.en,
        "adjectives.id": entry.adjectives.id,
      };
      for (const [list, forms] of Object.entries(lists)) {
        for (const form of [entry.name, ...forms]) {
          if (form !== form.trim() || /\s{2}/.test(form)) problems.push(`${entry.name} ${list}: untrimmed "${form}"`);
          // A form with no capital letter or digit would match running text ("never add lowercase common words").
          if (!/[\p{Lu}\d]/u.test(form)) problems.push(`${entry.name} ${list}: no capital in "${form}"`);
        }
        if (new Set(forms).size !== forms.length) problems.push(`${entry.name} ${list}: repeated form`);
        // Only a country's Indonesian list may repeat the name (its Indonesian name is often spelled the same: "Iran").
        const mayRepeatName = entry.type === "Country" && list === "aliases.id";
        if (forms.includes(entry.name) && !mayRepeatName) problems.push(`${entry.name} ${list}: repeats the name`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("should leave out forms that are common words or need context", () => {
    const found: string[] = [];
    for (const entry of entries) {
      for (const lang of ["en", "id"] as const) {
        const forms = [...entry.aliases[lang], ...entry.metonyms[lang], ...entry.adjectives[lang]];
        for (const bad of FORBIDDEN_FORMS[lang]) if (forms.includes(bad)) found.push(`${entry.name} ${lang}: ${bad}`);
      }
      // Names count in both languages, but only the English list applies to them: "RT" is kept as a name (see its note).
      if (FORBIDDEN_FORMS.en.includes(entry.name)) found.push(`${entry.name}: name`);
    }
    expect(found).toEqual([]);
  });

  it("should list every UN member state plus the five others", () => {
    expect(countries.length).toBeGreaterThanOrEqual(198);
    for (const name of ["Holy See", "Palestine", "Taiwan", "Kosovo", "Western Sahara"]) expect(byName.get(name)?.type).toBe("Country");
  });

  it("should give every country an Indonesian alias and, unless exempted, a metonym", () => {
    expect(countries.filter((entry) => entry.aliases.id.length === 0).map((entry) => entry.name)).toEqual([]);
    const missing = countries.filter(
      (entry) => entry.metonyms.en.length + entry.metonyms.id.length === 0 && !COUNTRIES_WITHOUT_METONYM.has(entry.name),
    );
    expect(missing.map((entry) => entry.name)).toEqual([]);
    for (const name of COUNTRIES_WITHOUT_METONYM) expect(byName.get(name)?.type).toBe("Country");
  });

  it("should point every country reference at a country entry", () => {
    const broken = entries
      .filter((entry) => entry.country !== undefined && byName.get(entry.country)?.type !== "Country")
      .map((entry) => `${entry.name} -> ${entry.country}`);
    expect(broken).toEqual([]);
    expect(countries.filter((entry) => entry.country !== undefined).map((entry) => entry.name)).toEqual([]);
  });

  it("should give national bodies their country", () => {
    expect(byName.get("US Department of State")?.country).toBe("United States");
    expect(byName.get("State Duma")?.country).toBe("Russia");
    expect(byName.get("KCNA")?.country).toBe("North Korea");
    expect(byName.get("Choe Son Hui")?.country).toBe("North Korea");
    expect(byName.get("United Nations")?.country).toBeUndefined();
  });

  it.each([
    // Country names, abbreviations and metonyms as the seed articles and Indonesian media write them.
    ["Korea Utara", "North Korea"], ["Korut", "North Korea"], ["DPRK", "North Korea"], ["Pyongyang", "North Korea"],
    ["Korea Selatan", "South Korea"], ["Korsel", "South Korea"], ["Seoul", "South Korea"], ["Gedung Biru", "South Korea"],
    ["Amerika Serikat", "United States"], ["AS", "United States"], ["U.S.", "United States"], ["Gedung Putih", "United States"],
    ["White House", "United States"], ["Washington", "United States"],
    ["Rusia", "Russia"], ["Moskow", "Russia"], ["Moscow", "Russia"], ["Kremlin", "Russia"],
    ["Tiongkok", "China"], ["RRT", "China"], ["Beijing", "China"], ["Zhongnanhai", "China"],
    ["Iran", "Iran"], ["Teheran", "Iran"], ["Tehran", "Iran"],
    ["Ukraina", "Ukraine"], ["Kiev", "Ukraine"], ["Kyiv", "Ukraine"],
    ["Jepang", "Japan"], ["Inggris", "United Kingdom"], ["Britania Raya", "United Kingdom"], ["Downing Street", "United Kingdom"],
    ["Suriah", "Syria"], ["Damaskus", "Syria"], ["Prancis", "France"], ["Perancis", "France"], ["Istana Elysee", "France"],
    ["Türkiye", "Turkey"], ["Turki", "Turkey"], ["Burma", "Myanmar"], ["Pantai Gading", "Ivory Coast"], ["Ceko", "Czech Republic"],
    ["Uni Emirat Arab", "United Arab Emirates"], ["Arab Saudi", "Saudi Arabia"], ["Selandia Baru", "New Zealand"],
    ["Tel Aviv", "Israel"], ["Palestina", "Palestine"], ["Vatikan", "Holy See"],
    // Organizations.
    ["PBB", "United Nations"], ["DK PBB", "UN Security Council"], ["Badan Energi Atom Internasional", "IAEA"],
    ["Pakta Pertahanan Atlantik Utara", "NATO"], ["Uni Eropa", "European Union"], ["Brussels", "European Union"],
    ["Kantor Berita Pusat Korea", "KCNA"], ["Kantor Berita Korea Utara", "KCNA"], ["Korean Central News Agency", "KCNA"],
    ["Departemen Luar Negeri AS", "US Department of State"], ["Deplu AS", "US Department of State"], ["Pentagon", "US Department of Defense"],
    ["Kementerian Luar Negeri Rusia", "Russian Ministry of Foreign Affairs"], ["Kementerian Pertahanan Rusia", "Russian Ministry of Defence"],
    ["Dewan Keamanan Rusia", "Security Council of Russia"], ["majelis rendah parlemen Rusia", "State Duma"], ["Duma Negara", "State Duma"],
    ["parlemen Pyongyang", "Supreme People's Assembly"], ["Majelis Rakyat Tertinggi", "Supreme People's Assembly"],
    ["Partai Buruh Korea", "Workers' Party of Korea"], ["Badan Intelijen Korea Selatan", "National Intelligence Service"],
    ["Kementerian Unifikasi Korea Selatan", "Ministry of Unification"], ["Kepala Staf Gabungan", "South Korean Joint Chiefs of Staff"],
    ["Partai Komunis Tiongkok", "Communist Party of China"], ["Universitas Federal Timur Jauh Rusia", "Far Eastern Federal University"],
    ["Hizbullah", "Hezbollah"], ["Garda Revolusi", "Islamic Revolutionary Guard Corps"], ["Grup Wagner", "Wagner Group"],
    ["NIIS", "Islamic State"], ["Channel News Asia", "CNA"], ["AP News", "Associated Press"], ["RIA", "RIA Novosti"],
    ["Conflict Armament Research", "Conflict Armament Research"], ["Pasukan Pertahanan Israel", "Israel Defense Forces"],
    // Persons.
    ["Kim Jong-un", "Kim Jong Un"], ["Kim Jong-Un", "Kim Jong Un"], ["Choe Son-hui", "Choe Son Hui"], ["Zelensky", "Volodymyr Zelenskyy"],
    ["Sergei Lavrov", "Sergei Lavrov"], ["Dmitry Peskov", "Dmitry Peskov"], ["Jokowi", "Joko Widodo"], ["Hasan Nasrallah", "Hassan Nasrallah"],
  ])("should resolve %s to %s", (form, name) => {
    expect(resolve(form)).toBe(name);
  });

  it("should keep Indonesian-only abbreviations out of the English lists and vice versa", () => {
    const us = byName.get("United States");
    expect(us?.aliases.id).toContain("AS");
    expect(us?.aliases.id).not.toContain("US");
    expect(us?.aliases.en).not.toContain("AS");
  });
});
