import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { activeFlashcards, activeQuestions } from "@/lib/content/retire";
import { ankiId } from "@/lib/export/ids";
import { signUp, uniqueEmail } from "./helpers";
import { bank } from "./quiz-helpers";

/** Click a download link of the Account page and read the file the browser saved. */
async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { fileName: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const cards = activeFlashcards(bank);

test("@phone the Account page's Anki package opens as an Anki collection with every flashcard", async ({ page }) => {
  await signUp(page, uniqueEmail("apkg"));
  await page.goto("/account");
  const { fileName, bytes } = await download(page, "Anki package (.apkg)");
  expect(fileName).toBe("factdeck.apkg");
  const files = unzipSync(new Uint8Array(bytes));
  expect(strFromU8(files.media!)).toBe("{}");
  const db = new Database(Buffer.from(files["collection.anki2"]!), { readonly: true });
  try {
    const models = JSON.parse((db.prepare("SELECT models FROM col").get() as { models: string }).models) as Record<
      string,
      { name: string }
    >;
    const perType = db.prepare("SELECT mid, count(*) AS n FROM notes GROUP BY mid").all() as { mid: number; n: number }[];
    const byName = Object.fromEntries(perType.map((r) => [models[String(r.mid)]!.name, r.n]));
    expect(byName).toEqual({
      "Basic (Factdeck)": cards.filter((c) => c.kind === "basic").length,
      "Basic (type in the answer) (Factdeck)": cards.filter((c) => c.kind === "typein").length,
      "Cloze (Factdeck)": cards.filter((c) => c.kind === "cloze").length,
    });
    expect((db.prepare("SELECT count(*) AS n FROM cards").get() as { n: number }).n).toBe(cards.length);
    const clozes = db.prepare("SELECT flds FROM notes WHERE flds LIKE '%{{c1::%'").all();
    expect(clozes).toHaveLength(cards.filter((c) => c.kind === "cloze").length);
  } finally {
    db.close();
  }
});

test("the Anki text file, CSV and Quizlet downloads parse as their importers read them", async ({ page }) => {
  await signUp(page, uniqueEmail("exports"));
  await page.goto("/account");

  const anki = (await download(page, "Anki text file (flashcards)")).bytes.toString("utf8").trimEnd().split("\n");
  expect(anki.slice(0, 6)).toEqual([
    "#separator:tab",
    "#html:true",
    "#notetype column:1",
    "#deck column:2",
    "#guid column:3",
    "#tags column:4",
  ]);
  const rows = anki.slice(6).map((line) => line.split("\t"));
  expect(rows).toHaveLength(cards.length);
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["Basic", "Basic (type in the answer)", "Cloze"]));
  expect(new Set(rows.map((r) => r[2])).size).toBe(cards.length);

  const questions = (await download(page, "Anki text file (quiz questions)")).bytes.toString("utf8").trimEnd().split("\n");
  expect(questions.filter((l) => !l.startsWith("#"))).toHaveLength(activeQuestions(bank).length);

  const csv = await download(page, "Spreadsheet (CSV)");
  expect(csv.fileName).toBe("factdeck.csv");
  expect(csv.bytes.toString("utf8").split("\r\n")[0]).toBe("id,kind,section,prompt,answer,options,quote,explanation");

  const quizlet = (await download(page, "Quizlet (term and definition)")).bytes.toString("utf8").trimEnd().split("\n");
  // Basic and type-in cards only: a cloze is no term with a definition.
  expect(quizlet).toHaveLength(cards.filter((c) => c.kind !== "cloze").length);
  for (const line of quizlet) expect(line.split("\t")).toHaveLength(2);
});

test("the Anki package with my progress holds the card just studied, with its review in the revlog", async ({ page }) => {
  await signUp(page, uniqueEmail("apkg-progress"));
  await page.goto("/study");
  const id = (await page.locator("[data-flashcard-id]").getAttribute("data-flashcard-id"))!;
  await page.getByRole("button", { name: /Show answer|Check answer/ }).click();
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();

  await page.goto("/account");
  const { fileName, bytes } = await download(page, "Anki package with my progress (.apkg)");
  expect(fileName).toBe("factdeck-with-progress.apkg");
  const db = new Database(Buffer.from(unzipSync(new Uint8Array(bytes))["collection.anki2"]!), { readonly: true });
  try {
    const cid = ankiId("card", id);
    const card = db.prepare("SELECT type, queue, reps, data FROM cards WHERE id = ?").get(cid) as {
      type: number;
      queue: number;
      reps: number;
      data: string;
    };
    expect(card).toMatchObject({ type: 1, queue: 1, reps: 1 });
    expect(Object.keys(JSON.parse(card.data) as object)).toEqual(expect.arrayContaining(["s", "d", "dr"]));
    expect(db.prepare("SELECT cid, ease, type FROM revlog").all()).toEqual([{ cid, ease: 3, type: 0 }]);
    expect((db.prepare("SELECT count(*) AS n FROM cards WHERE type = 0 AND queue = 0").get() as { n: number }).n).toBe(cards.length - 1);
  } finally {
    db.close();
  }
});

test("a visitor who is not signed in gets no export", async ({ request }) => {
  const response = await request.get("/api/export/apkg");
  expect(response.status()).toBe(401);
  expect((await request.get("/api/export/apkg-progress")).status()).toBe(401);
  const unknown = await request.get("/api/export/pdf");
  expect([401, 404]).toContain(unknown.status());
});
