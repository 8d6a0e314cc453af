"use client";
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

const NoticeContext = createContext<(text: string) => void>(() => {});

/** What the Leeches page's row buttons call with their success message (`LeechNotice`). */
export function useLeechNotice() {
  return useContext(NoticeContext);
}

/**
 * The Leeches page's "Card unsuspended…" line (B8 in issue #19). A row's own message went with the
 * row, which the page drops once the card is back in study, so nothing said it worked. The line is
 * above the lists, always in the page (a live region must exist before it speaks), and gets the
 * focus, which the vanished button had, so it is read and scrolled into view.
 */
export function LeechNotice({ children }: { children: ReactNode }) {
  const [text, setText] = useState("");
  const ref = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((next: string) => {
    setText(next);
    requestAnimationFrame(() => ref.current?.focus());
  }, []);
  return (
    <NoticeContext.Provider value={announce}>
      <p ref={ref} role="status" tabIndex={-1} className={text ? "alert alert-success" : "visually-hidden"}>
        {text}
      </p>
      {children}
    </NoticeContext.Provider>
  );
}
