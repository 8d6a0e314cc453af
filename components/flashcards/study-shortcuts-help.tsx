/** The study screen's keyboard shortcuts, as the student reads them (the handler is `useStudyShortcuts`). */
export function StudyShortcutsHelp() {
  return (
    <section id="shortcuts" className="card shortcuts" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        <dt>
          <kbd>Space</kbd> / <kbd>Enter</kbd>
        </dt>
        <dd>Show the answer (type-in: check it)</dd>
        <dt>
          <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> <kbd>4</kbd>
        </dt>
        <dd>Again, Hard, Good, Easy</dd>
        <dt>
          <kbd>Z</kbd> / <kbd>Ctrl</kbd>+<kbd>Z</kbd>
        </dt>
        <dd>Undo the last rating (in an answer box: Ctrl+Z while it is empty, or Esc first)</dd>
        <dt>
          <kbd>-</kbd>
        </dt>
        <dd>Bury the card until tomorrow</dd>
        <dt>
          <kbd>@</kbd>
        </dt>
        <dd>Suspend the card (unsuspend it under Leeches)</dd>
        <dt>
          <kbd>?</kbd>
        </dt>
        <dd>Show or hide this list</dd>
      </dl>
    </section>
  );
}
