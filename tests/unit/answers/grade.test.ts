import { describe, expect, it } from "vitest";
import { gradeTyped, type AnswerKey } from "@/lib/answers/grade";

/**
 * The grader rule by rule: each table has answers a student who knows the fact types
 * (accepted) and, next to them, a wrong figure, name or date (refused).
 */
type Row = { label: string; given: string; ok: boolean };
const key = (accepted: string[], prompt = ""): AnswerKey => ({ accepted, prompt });
const check =
  (answerKey: AnswerKey) =>
  ({ given, ok }: Row) =>
    expect(gradeTyped(given, answerKey).correct, given).toBe(ok);

describe("multi-part answers in any order", () => {
  it.each<Row>([
    { label: "key", given: "Lukoil and Rosneft", ok: true },
    { label: "other order", given: "Rosneft and Lukoil", ok: true },
    { label: "comma", given: "Lukoil, Rosneft", ok: true },
    { label: "ampersand", given: "Rosneft & Lukoil", ok: true },
    { label: "slash", given: "Lukoil/Rosneft", ok: true },
    { label: "wrong second name", given: "Lukoil and Gazprom", ok: false },
    { label: "one part only", given: "Lukoil", ok: false },
    { label: "an extra part", given: "Lukoil, Rosneft, Gazprom", ok: false },
  ])("$label: $given", check(key(["Lukoil and Rosneft"], "Name Russia's two largest oil firms.")));

  it.each<Row>([
    { label: "comma, other spelling", given: "refueling, repairs", ok: true },
    { label: "plural/singular and order", given: "repair & refuelling", ok: true },
    { label: "a wrong function", given: "refuelling and training", ok: false },
  ])("$label: $given", check(key(["refuelling and repairs"])));

  it.each<Row>([
    { label: "slash key, 'and'", given: "US and NATO", ok: true },
    { label: "other order, head noun", given: "NATO/US bloc", ok: true },
    { label: "hyphen", given: "the US-NATO bloc", ok: true },
    { label: "a wrong bloc", given: "the EU bloc", ok: false },
    { label: "a wrong partner", given: "US and China", ok: false },
  ])("$label: $given", check(key(["the US/NATO bloc"], "Balance between Russia and which bloc?")));
});

describe("articles, qualifiers, titles, short names", () => {
  it.each<Row>([
    { label: "title", given: "PM Modi", ok: true },
    { label: "long title and first name", given: "Prime Minister Narendra Modi", ok: true },
    { label: "honorific", given: "Shri Narendra Modi", ok: true },
    { label: "the wrong leader", given: "PM Manmohan Singh", ok: false },
    { label: "the other leader, named in the prompt", given: "Putin", ok: false },
  ])("$label: $given", check(key(["Narendra Modi", "Modi"], "Which Indian leader embraced President Putin at the airport?")));

  it.each<Row>([
    { label: "leading article", given: "the pharmaceuticals", ok: true },
    { label: "singular", given: "pharmaceutical", ok: true },
    { label: "echo of the prompt's noun", given: "the pharmaceutical sector", ok: true },
    { label: "a wrong sector", given: "the defence sector", ok: false },
    { label: "only the prompt's noun", given: "sector", ok: false },
  ])("$label: $given", check(key(["pharmaceuticals"], "Cooperation in which sector received particular emphasis?")));

  it.each<Row>([
    { label: "over for over", given: "over 90 per cent", ok: true },
    { label: "more than", given: "more than ninety percent", ok: true },
    { label: "above", given: "above 90%", ok: true },
    { label: "sign", given: ">90%", ok: true },
    { label: "under is the opposite", given: "under 90%", ok: false },
    { label: "a wrong figure", given: "over 80%", ok: false },
    { label: "not a share", given: "over 90 billion", ok: false },
  ])("$label: $given", check(key(["over 90%"])));
});

describe("abbreviations and expansions", () => {
  it.each<Row>([
    { label: "abbreviation", given: "FSSA", ok: true },
    { label: "abbreviation and a noun", given: "the FSSA agreement", ok: true },
    { label: "'and' inside a name", given: "Food Safety and Standards Authority", ok: true },
    { label: "another authority", given: "FDA", ok: false },
  ])("$label: $given", check(key(["Food Safety Standards Authority"], "Which authority's agreement was reached?")));

  it.each<Row>([
    { label: "abbreviation of the key", given: "the MEA", ok: true },
    { label: "expansion with the abbreviation", given: "Ministry of External Affairs (MEA)", ok: true },
    { label: "possessive country", given: "India's Ministry of External Affairs", ok: true },
    { label: "another ministry", given: "Ministry of Defence", ok: false },
    { label: "another ministry's abbreviation", given: "MHA", ok: false },
  ])("$label: $given", check(key(["Ministry of External Affairs"], "Which Indian ministry called the op-ed unusual?")));

  it.each<Row>([
    { label: "dotted abbreviation", given: "Ph.D.", ok: true },
    { label: "expansion", given: "Doctor of Philosophy", ok: true },
    { label: "echo of 'degree'", given: "a PhD degree", ok: true },
    { label: "another degree", given: "MBA", ok: false },
  ])("$label: $given", check(key(["PhD"], "Which degree is the writer pursuing?")));

  it.each<Row>([
    { label: "US in full", given: "the United States National Security Strategy", ok: true },
    { label: "U.S.", given: "U.S. National Security Strategy", ok: true },
    { label: "NSS", given: "US NSS", ok: true },
    { label: "another strategy", given: "National Defense Strategy", ok: false },
  ])("$label: $given", check(key(["National Security Strategy", "US National Security Strategy"])));

  it.each<Row>([
    { label: "plural abbreviation", given: "CBDCs", ok: true },
    { label: "plural expansion", given: "central bank digital currencies", ok: true },
    { label: "another currency", given: "cryptocurrency", ok: false },
  ])("$label: $given", check(key(["central bank digital currency"])));
});

describe("numbers, money and dates", () => {
  it.each<Row>([
    { label: "hyphen and dollar signs", given: "$15-$20 billion", ok: true },
    { label: "bn", given: "15–20 bn", ok: true },
    { label: "between … and …", given: "between $15 and $20 billion", ok: true },
    { label: "US$", given: "US$15-20bn", ok: true },
    { label: "dollars in words", given: "15 to 20 billion dollars a year", ok: true },
    { label: "a wrong upper end", given: "$15-25 billion", ok: false },
    { label: "a wrong scale", given: "$15-20 million", ok: false },
    { label: "a share instead of money", given: "15-20 percent", ok: false },
    { label: "half of the range", given: "$15 billion", ok: false },
  ])("$label: $given", check(key(["$15–20 billion"])));

  it.each<Row>([
    { label: "bn", given: "$68.7 bn", ok: true },
    { label: "USD", given: "USD 68.7 billion", ok: true },
    { label: "about", given: "about $68.7 billion", ok: true },
    { label: "B", given: "$68.7B", ok: true },
    { label: "in full", given: "68,700,000,000", ok: true },
    { label: "million", given: "$68.7 million", ok: false },
    { label: "digits swapped", given: "$67.8 billion", ok: false },
    { label: "the export figure", given: "$64 billion", ok: false },
  ])("$label: $given", check(key(["$68.7 billion"])));

  it.each<Row>([
    { label: "per cent", given: "50.5 per cent", ok: true },
    { label: "pc", given: "50.5 pc", ok: true },
    { label: "words", given: "fifty point five percent", ok: true },
    { label: "stake", given: "50.5% stake", ok: true },
    { label: "Russia's share", given: "49.5%", ok: false },
    { label: "rounded", given: "51%", ok: false },
  ])("$label: $given", check(key(["50.5 percent"], "What is India's equity share in the joint venture?")));

  it.each<Row>([
    { label: "ordinal day first", given: "4th December 2025", ok: true },
    { label: "ordinal month first", given: "December 4th 2025", ok: true },
    { label: "short month", given: "4 Dec. 2025", ok: true },
    { label: "'the … of …'", given: "the 4th of December, 2025", ok: true },
    { label: "ISO", given: "2025-12-04", ok: true },
    { label: "a wrong day", given: "December 5, 2025", ok: false },
    { label: "a wrong year", given: "4 December 2024", ok: false },
    { label: "a wrong month", given: "4 November 2025", ok: false },
    { label: "no year", given: "December 4", ok: false },
  ])("$label: $given", check(key(["December 4, 2025"])));

  const decades: AnswerKey = {
    accepted: ["2 decades"],
    prompt: "Over how many decades has the partnership been cultivated?",
    numeric: { value: 2, tolerance: 0, unit: "decades" },
  };
  it.each<Row>([
    { label: "years for decades", given: "20 years", ok: true },
    { label: "words", given: "two decades", ok: true },
    { label: "twenty years", given: "twenty years", ok: true },
    { label: "bare number", given: "2", ok: true },
    { label: "a wrong number", given: "3 decades", ok: false },
    { label: "years are not decades", given: "2 years", ok: false },
    { label: "a comparator the article doesn't use", given: "less than 2 decades", ok: false },
  ])("$label: $given", check(decades));

  it("reads 'more than' as harmless where the article says so, and wrong where it does not", () => {
    const numeric = { value: 30, tolerance: 0, unit: "percent" };
    expect(
      gradeTyped("more than 30%", { accepted: ["30 percent"], prompt: "Share by 2024?", numeric, context: "surpassing 30% by 2024" })
        .correct,
    ).toBe(true);
    expect(
      gradeTyped("more than 30%", { accepted: ["30 percent"], prompt: "Share by 2024?", numeric, context: "exactly 30%" }).correct,
    ).toBe(false);
  });
});

describe("singular and plural, word order", () => {
  it.each<Row>([
    { label: "plural", given: "generic drugs", ok: true },
    { label: "singular key", given: "generic drug", ok: true },
    { label: "another product", given: "vaccines", ok: false },
  ])("$label: $given", check(key(["generic", "generic drug"])));

  it.each<Row>([
    { label: "'of' turned round", given: "volatility of oil prices", ok: true },
    { label: "another order", given: "extreme volatility in oil prices", ok: true },
    { label: "hyphenated", given: "oil-price volatility", ok: true },
    { label: "another volatility", given: "currency volatility", ok: false },
  ])("$label: $given", check(key(["extreme oil price volatility", "oil price volatility"])));

  it("keeps the order where it carries meaning", () => {
    expect(gradeTyped("from Russia to India", key(["from India to Russia"])).correct).toBe(false);
  });
});

describe("typos and the verdict", () => {
  it("forgives one slip in a long word and says so", () => {
    expect(gradeTyped("Petropavlovsk-Kamchatky", key(["Petropavlovsk-Kamchatsky"]))).toMatchObject({
      correct: true,
      note: "Accepted: one letter off.",
    });
  });
  it("forgives none in a short word or a figure", () => {
    expect(gradeTyped("Moskow", key(["Moscow"])).correct).toBe(false);
    expect(gradeTyped("S-401 system", key(["S-400 system"])).correct).toBe(false);
  });
  it("names the accepted answer that matched and why", () => {
    expect(gradeTyped("Rosneft & Lukoil", key(["Lukoil and Rosneft"]))).toMatchObject({
      correct: true,
      matched: "Lukoil and Rosneft",
      reason: "same parts, any order",
    });
    expect(gradeTyped("   ", key(["Lukoil"]))).toMatchObject({ correct: false, reason: "no answer" });
  });
});
