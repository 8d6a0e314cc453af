/**
 * "I was right" on a type-in card the grader marked wrong: the suggested rating becomes Good,
 * and the claim is saved with the rating. It can be taken back before rating.
 */
export function TypeInClaim({ claimed, onChange }: { claimed: boolean; onChange: (claimed: boolean) => void }) {
  return (
    <div className="actions typein-claim">
      {claimed ? (
        <>
          <p className="small" role="status">
            You said you were right: <strong>Good</strong> is suggested, and your claim is saved with the rating.
          </p>
          <button type="button" className="btn" onClick={() => onChange(false)}>
            Take back “I was right”
          </button>
        </>
      ) : (
        <button type="button" className="btn" onClick={() => onChange(true)}>
          I was right
        </button>
      )}
    </div>
  );
}
