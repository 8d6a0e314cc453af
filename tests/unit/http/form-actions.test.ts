import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { FORM_ACTION_NAMES } from "@/lib/http/form-actions";

function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return actionFiles(file);
    return name === "actions.ts" ? [file] : [];
  });
}

test("every server action that takes FormData is listed, so proxy.ts refuses it a non-form body with 400", () => {
  const taking = actionFiles("lib").flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/export async function (\w+)\([^)]*:\s*FormData\b/g)].map((match) => match[1]!),
  );
  expect(taking.length).toBeGreaterThan(0);
  expect(new Set(taking)).toEqual(FORM_ACTION_NAMES);
});
