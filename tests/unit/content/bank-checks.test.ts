import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkCues } from "@/lib/content/bank-checks";
import { loadBank } from "@/lib/content/read";

// tests/fixtures/content/cues/: a small bank that passes every cue check ("clean") and, next to
// it, one copy per check that breaks only that check. content:check must fail on each.
const ROOT = path.join(__dirname, "../../..");
const CUES = path.join(ROOT, "tests/fixtures/content/cues");

function contentCheck(fixture: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/content.ts", "check"], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: path.join(CUES, fixture) },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts the CLI (tsx compiles it first): seconds on a loaded machine, hence the timeout.
describe("content:check's bank-level cue checks", { timeout: 60_000 }, () => {
  test("pass on the clean fixture", () => {
    const run = contentCheck("clean");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/true\/false 4\/8 true \(50 %\)/);
  });

  test.each([
    { fixture: "tf-share", message: /field truefalse: 1 of 8 true\/false statements are true \(13 %\); keep it between 45 % and 55 %/ },
    {
      fixture: "tf-verbatim",
      message: /field truefalse: True statements copy 100 % of their 4-word runs from the article and false ones 7 %/,
    },
    { fixture: "tf-absolute", message: /field statement: The false statement hinges on "Only" and 4 false against 0 true/ },
    {
      fixture: "tf-contradiction",
      message: /id en-ports-q-1 · field statement: The statement contradicts itself \(a total of 25 cannot include 50\)/,
    },
    { fixture: "mcq-longest", message: /id en-oil-q-2 · field options: The answer \(55 characters\) is 2\.39× the longest distractor/ },
    { fixture: "mcq-position", message: /field mcq: The answer is stored as option 1 in 8 of 8 MCQs \(100 %\)/ },
    { fixture: "mcq-initials", message: /id en-ports-q-2 · field options: Only the answer's initials spell "RELS"/ },
    { fixture: "mcq-wording", message: /id en-reactor-q-2 · field options: Only the answer repeats the prompt's word "Nuclear"/ },
    { fixture: "cloze-hint", message: /id en-oil-card-1 · field hint: The hint may define the answer/ },
  ])("fail on $fixture, naming the file, the item and the field", ({ fixture, message }) => {
    const run = contentCheck(fixture);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(new RegExp(`tests/fixtures/content/cues/${fixture}/`));
    // Each fixture breaks one check only.
    expect(
      run.stderr
        .trim()
        .split("\n")
        .filter((line) => line.includes(" · "))
        .every((line) => message.test(line)),
    ).toBe(true);
  });

  test("pass on the real bank, whose figures stay within the thresholds", () => {
    const { figures, problems } = checkCues(loadBank(path.join(ROOT, "content")), {
      file: (item) => item.sectionId,
      deckFile: "deck.json",
    });
    expect(problems).toEqual([]);
    expect(figures.trueFalse.trueShare).toBeGreaterThanOrEqual(0.45);
    expect(figures.trueFalse.trueShare).toBeLessThanOrEqual(0.55);
    expect(Math.max(...figures.mcq.positionShares)).toBeLessThanOrEqual(0.35);
  });
});
