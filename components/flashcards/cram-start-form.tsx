/**
 * Start a cram session of one section: every card, due or not. A plain GET form to /study (no
 * script needed); the student chooses whether the ratings count toward the schedule, as with
 * Anki's filtered decks ("reschedule cards based on my answers"). Off by default: cramming the
 * night before must not push every card out by weeks.
 */
export function CramStartForm({ sectionId, place }: { sectionId: string; place: string }) {
  const headingId = `cram-${place}-${sectionId}`;
  return (
    <form action="/study" method="get" className="cram-start stack" aria-labelledby={headingId}>
      <input type="hidden" name="section" value={sectionId} />
      <h3 id={headingId}>Cram this section</h3>
      <p className="small muted">Every card of the section once, due or not; a card you get wrong comes back at the end.</p>
      <fieldset className="field">
        <legend>Your ratings</legend>
        <label>
          <input type="radio" name="cram" value="practice" defaultChecked /> Practice only: my schedule stays as it is
        </label>
        <label>
          <input type="radio" name="cram" value="reschedule" /> Count my ratings toward my schedule
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          Start cramming
        </button>
      </div>
    </form>
  );
}
