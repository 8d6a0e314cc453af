import type { KeyboardEvent } from "react";

const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

/**
 * Radix's radio group checks the option an arrow key focuses only while the key is still down
 * when focus lands (it moves focus a task later): a quick press on a busy machine moved the focus
 * and left the old choice. After Radix's move, choose whatever option has the focus, so choice
 * always follows focus, as the WAI-ARIA radio pattern says.
 */
export function chooseFocusedAfterArrow(event: KeyboardEvent<HTMLElement>) {
  if (!ARROWS.has(event.key)) return;
  const group = event.currentTarget;
  setTimeout(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && group.contains(focused) && focused.getAttribute("aria-checked") === "false") focused.click();
  });
}
