import { chooseCountries, type CountryEntry } from "../../../client/graph/country-choices.js";

const countries: CountryEntry[] = [
  { id: "russia", label: "Russia" },
  { id: "iran", label: "Iran" },
  { id: "north-korea", label: "North Korea" },
  { id: "south-korea", label: "South Korea" },
  { id: "cote-divoire", label: "Côte d'Ivoire" },
  { id: "china", label: "China" },
];
const degree = new Map([
  ["russia", 40],
  ["north-korea", 35],
  ["iran", 20],
  ["china", 5],
  ["south-korea", 3],
  ["cote-divoire", 1],
]);
const ids = (list: CountryEntry[]) => list.map((c) => c.id);

describe("countries listed by the filter", () => {
  it("should list every country by name when they fit", () => {
    const choices = chooseCountries(countries, degree, [], "", 10);
    expect(ids(choices.shown)).toEqual(["china", "cote-divoire", "iran", "north-korea", "russia", "south-korea"]);
    expect(choices.matching).toBe(6);
  });

  it("when more countries than rows, then the most involved are listed, in name order", () => {
    const choices = chooseCountries(countries, degree, [], "", 3);
    expect(ids(choices.shown)).toEqual(["iran", "north-korea", "russia"]);
    expect(choices.matching).toBe(6);
  });

  it("should keep a checked country listed however little it is involved", () => {
    expect(ids(chooseCountries(countries, degree, ["cote-divoire"], "", 3).shown)).toEqual(["cote-divoire", "north-korea", "russia"]);
  });

  it("when typing, then names matching without case or accents are listed", () => {
    expect(ids(chooseCountries(countries, degree, [], "korea", 10).shown)).toEqual(["north-korea", "south-korea"]);
    const accents = chooseCountries(countries, degree, [], "cote d", 10);
    expect(ids(accents.shown)).toEqual(["cote-divoire"]);
    expect(accents.matching).toBe(1);
  });

  it("should keep checked countries listed while a query narrows the rest", () => {
    expect(ids(chooseCountries(countries, degree, ["iran"], "korea", 10).shown)).toEqual(["iran", "north-korea", "south-korea"]);
  });
});
