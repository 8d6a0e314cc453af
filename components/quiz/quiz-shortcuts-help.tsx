/** The quiz's keyboard shortcuts, as the student reads them (the handler is `useQuizShortcuts`). */
export function QuizShortcutsHelp() {
  return (
    <section className="shortcuts card small" aria-label="Keyboard shortcuts">
      <dl>
        <dt>
          <kbd>1</kbd>–<kbd>4</kbd> or <kbd>A</kbd>–<kbd>D</kbd>
        </dt>
        <dd>Choose an option</dd>
        <dt>
          <kbd>T</kbd> / <kbd>F</kbd> (or <kbd>1</kbd> / <kbd>2</kbd>)
        </dt>
        <dd>True / False</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>Keep the answer and go to the next question</dd>
        <dt>
          <kbd>←</kbd> <kbd>→</kbd>
        </dt>
        <dd>Previous / next question</dd>
        <dt>
          <kbd>R</kbd>
        </dt>
        <dd>Flag the question for review</dd>
        <dt>
          <kbd>Esc</kbd> then <kbd>R</kbd>
        </dt>
        <dd>Flag while typing an answer (Esc leaves the answer box, R flags and takes you back to it)</dd>
      </dl>
    </section>
  );
}
