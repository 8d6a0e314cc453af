/**
 * A ref callback for a modal popup (a Radix Select's open list): while it is mounted, everything
 * outside it is `inert`. Radix traps the focus in the list and marks the rest `aria-hidden`, but
 * leaves the links and buttons behind it in the tab order; axe reads that as focusable content
 * hidden from screen readers (aria-hidden-focus, WCAG 4.1.2) unless it is inert, which is also
 * what the list means: nothing behind it can be used until it closes. React 19 calls the
 * returned function when the popup unmounts, before Radix gives the focus back to its trigger.
 *
 * @example
 * <Select.Content ref={inertOutside}>…</Select.Content>
 */
export function inertOutside(popup: HTMLElement | null): (() => void) | undefined {
  if (!popup) return undefined;
  const madeInert: Element[] = [];
  for (let node: Element = popup; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.hasAttribute("inert")) continue;
      sibling.setAttribute("inert", "");
      madeInert.push(sibling);
    }
  }
  return () => {
    for (const element of madeInert) element.removeAttribute("inert");
  };
}
