/**
 * Relation rules sentence by sentence, both languages, on actors other than the seed articles':
 * each row gives relations that must be found and relations that must not.
 */
import { extractArticle } from "../../../import/index.js";
import { articleOf, relationsOf } from "./helpers.js";

type Row = [label: string, language: "id" | "en", text: string, expected: string[], forbidden: string[]];

const ROWS: Row[] = [
  [
    "id: passive accusation, two accusers and two accused, alleged supply",
    "id",
    "Korea Utara dan Iran dituduh oleh AS dan sekutunya menyediakan drone ke Rusia.",
    [
      "ACCUSES United States -> North Korea reported",
      "ACCUSES United States -> Iran reported",
      "ACCUSES US allies -> North Korea reported",
      "ACCUSES US allies -> Iran reported",
      "SUPPLIES_WEAPONS_TO North Korea -> Russia alleged",
      "SUPPLIES_WEAPONS_TO Iran -> Russia alleged",
    ],
    [],
  ],
  [
    "id: coordinated denial of an earlier claim",
    "id",
    "Amerika Serikat menuduh Korea Utara dan Iran memasok rudal kepada Rusia. Pyongyang dan Teheran membantah tuduhan tersebut.",
    ["DENIES North Korea -> United States reported", "DENIES Iran -> United States reported", "SUPPLIES_WEAPONS_TO Iran -> Russia alleged"],
    [],
  ],
  ["id: negation", "id", "Presiden Prancis Emmanuel Macron tidak mengunjungi Rusia tahun ini.", ["REPRESENTS Emmanuel Macron -> France reported"], ["VISITED Emmanuel Macron -> Russia reported", "VISITED Emmanuel Macron -> Russia planned"]],
  ["id: future visit", "id", "Menteri Luar Negeri Iran Abbas Araghchi akan mengunjungi Beijing pekan depan.", ["VISITED Abbas Araghchi -> China planned", "REPRESENTS Abbas Araghchi -> Iran reported"], []],
  ["id: nominal visit with genitive", "id", "Kunjungan Perdana Menteri India Narendra Modi ke Rusia memicu kritik.", ["VISITED Narendra Modi -> Russia reported", "REPRESENTS Narendra Modi -> India reported"], []],
  ["id: a leader's invasion is his state's attack", "id", "Negara-negara Barat mengecam invasi Presiden Vladimir Putin ke Ukraina.", ["ATTACKED Russia -> Ukraine reported"], []],
  ["id: hosting makes the guest a visitor", "id", "Presiden China Xi Jinping menjamu Presiden Brasil Luiz Inacio Lula da Silva di Beijing.", ["MET_WITH Luiz Inácio Lula da Silva -> Xi Jinping reported", "VISITED Luiz Inácio Lula da Silva -> China reported"], []],
  ["id: denial without an accuser", "id", "Iran membantah telah mengirimkan rudal balistik ke Rusia.", ["DENIES Iran -> Russia reported", "SUPPLIES_WEAPONS_TO Iran -> Russia denied"], ["SUPPLIES_WEAPONS_TO Iran -> Russia reported"]],
  ["id: reported speech names the speaker's role", "id", "\"Kami tidak pernah mengirim senjata ke Rusia,\" kata juru bicara Kementerian Luar Negeri Iran Nasser Kanaani.", ["REPRESENTS Nasser Kanaani -> Iran reported"], ["SUPPLIES_WEAPONS_TO Iran -> Russia reported"]],
  ["id: cooperation between two countries", "id", "Rusia dan Iran sepakat memperkuat kerja sama militer.", ["COOPERATES_WITH Iran -> Russia reported"], []],
  ["en: denial without an accuser", "en", "Iran denied sending drones to Russia.", ["DENIES Iran -> Russia reported", "SUPPLIES_WEAPONS_TO Iran -> Russia denied"], []],
  ["en: passive accusation", "en", "North Korea was accused by the United States of shipping artillery shells to Russia.", ["ACCUSES United States -> North Korea reported", "SUPPLIES_WEAPONS_TO North Korea -> Russia alleged"], []],
  ["en: negation", "en", "Kim Jong Un did not visit Moscow last year.", [], ["VISITED Kim Jong Un -> Russia reported"]],
  ["en: future visit in reported speech", "en", "Putin will travel to Pyongyang in June, the Kremlin said.", ["VISITED Vladimir Putin -> North Korea planned"], []],
  ["en: two accusers", "en", "The United States and Britain accused Iran of supplying ballistic missiles to Russia.", ["ACCUSES United States -> Iran reported", "ACCUSES United Kingdom -> Iran reported", "SUPPLIES_WEAPONS_TO Iran -> Russia alleged"], []],
  ["en: treaty of a coordinated pair", "en", "Russia and Iran signed a comprehensive strategic partnership treaty.", ["SIGNED_AGREEMENT_WITH Iran -> Russia reported"], []],
  ["en: nominal attack after a light verb", "en", "Israel launched airstrikes on Lebanon on Monday.", ["ATTACKED Israel -> Lebanon reported"], []],
  ["en: condemnation", "en", "Japan condemned North Korea's missile launches.", ["ACCUSES Japan -> North Korea reported"], []],
  [
    "id: a transfer told by a third party is its allegation",
    "id",
    "Menteri Luar Negeri Amerika Serikat Antony Blinken mengatakan Iran telah mengirimkan rudal balistik kepada Rusia. Teheran membantah tuduhan tersebut.",
    ["ACCUSES Antony Blinken -> Iran reported", "SUPPLIES_WEAPONS_TO Iran -> Russia alleged", "DENIES Iran -> Antony Blinken reported"],
    ["SUPPLIES_WEAPONS_TO Iran -> Russia reported"],
  ],
  ["en: meeting", "en", "Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Laos.", ["MET_WITH Sergei Lavrov -> Wang Yi reported", "REPRESENTS Wang Yi -> China reported"], []],
];

describe("relation rules", () => {
  it.each(ROWS)("%s", (_label, language, text, expected, forbidden) => {
    const got = relationsOf(extractArticle(articleOf(`Headline of the story here\n\n${text}`, language)));
    expect(got).toEqual(expect.arrayContaining(expected));
    for (const f of forbidden) expect(got).not.toContain(f);
  });

  it("should give an article with no entities an empty extraction and a warning", () => {
    const a = extractArticle(articleOf("a quiet day\n\nnothing happened here at all today.", "en"));
    expect([a.entities, a.relations]).toEqual([[], []]);
    expect(a.warnings.join(" ")).toMatch(/no entities/);
  });
});
