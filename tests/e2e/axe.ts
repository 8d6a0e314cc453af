import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA, the rules the a11y review ran (docs/a11y-review.md). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Scan the page as it is now; any violation fails the test, listed with its rule and elements. */
export async function expectNoAxeViolations(page: Page, state: string) {
  // Only violations are read: axe then skips collecting every passing and incomplete node's details.
  // (options() replaces every option, withTags() only its own: so options first.)
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(TAGS)
    .analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe violations on ${state}`).toEqual([]);
}
