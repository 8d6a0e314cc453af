import { describe, expect, test } from "vitest";
import { studySettingsSchema } from "@/lib/settings/schemas";

const valid = { desiredRetention: "0.9", newCardsPerDay: "20", maximumInterval: "365", sectionIds: [] };

describe("the settings form's numbers", () => {
  test.each([
    { label: "empty new cards per day", field: "newCardsPerDay", value: "", message: "Enter a whole number of new cards." },
    { label: "blank new cards per day", field: "newCardsPerDay", value: "  ", message: "Enter a whole number of new cards." },
    { label: "missing new cards per day", field: "newCardsPerDay", value: null, message: "Enter a whole number of new cards." },
    { label: "empty retention", field: "desiredRetention", value: "", message: "Enter a retention between 0.70 and 0.99." },
    { label: "missing maximum interval", field: "maximumInterval", value: null, message: "Enter a whole number of days." },
  ])("$label is refused with a message, never read as 0", ({ field, value, message }) => {
    const result = studySettingsSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });

  test("0 typed in is still 0 new cards a day", () => {
    expect(studySettingsSchema.parse({ ...valid, newCardsPerDay: "0" }).newCardsPerDay).toBe(0);
  });
});
