import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA, the rules the a11y review ran (docs/a11y-review.md). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The rules whose outcome depends on the colours: a page in its other colour scheme has the same
 * elements, names, roles and structure, so the rest would only repeat the first scheme's answer.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Scan the page as it is now; any violation fails the test, listed with its rule and elements.
 * `only`: just these rules (a second colour scheme of a page already scanned whole: COLOUR_RULES).
 */
export async function expectNoAxeViolations(page: Page, state: string, only?: readonly string[]) {
  // Only violations are read: axe then skips collecting every passing and incomplete node's details.
  // (options() replaces every option, withTags()/withRules() only their own: so options first.)
  // Legacy mode runs axe.run() in the page itself. The default opens a blank page for every scan to
  // merge frames' partial results, which our pages (no iframes) don't need: one project's 78 scans took 70 s of
  // the a11y test's 90 s that way, 28 s in the page; a planted violation still fails either way.
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
  const { violations } = await (only ? builder.withRules([...only]) : builder.withTags(TAGS)).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe violations on ${state}`).toEqual([]);
}
