import { Alert } from "@/components/ui/alert";

interface QuizNetworkNoticeProps {
  /** The server's reason for refusing an answer after the deadline. */
  refused: string | null;
  /** Time is up and answers wait on this page for the network. */
  waitingForNetwork: boolean;
  timeUp: boolean;
  isOffline: boolean;
  unsentCount: number;
  offlineGrace: OfflineGrace;
  error: string | null;
  onSeeResults: () => void;
}

/** How long after the deadline answers kept offline still count, and the time that makes (null: untimed). */
export interface OfflineGrace {
  ms: number;
  /** In the student's zone, e.g. "16:05:30". */
  endsAt: string | null;
}

const answersAre = (count: number) => `${count} ${count === 1 ? "answer is" : "answers are"}`;

/**
 * What the network means for this quiz, in one place: an answer refused after the deadline, the
 * deadline passed while offline (with the time by which answers still count), offline while
 * taking it, or any other failed save.
 */
export function QuizNetworkNotice(props: QuizNetworkNoticeProps) {
  const { refused, waitingForNetwork, timeUp, isOffline, unsentCount, offlineGrace, error } = props;
  const graceEnds = offlineGrace.endsAt;
  const ms = offlineGrace.ms;
  const grace = ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
  if (refused)
    return (
      <div className="alert alert-error" role="alert">
        <span>
          <strong>Not counted.</strong> {refused}
        </span>
        <button type="button" className="btn" onClick={props.onSeeResults}>
          See your results
        </button>
      </div>
    );
  if (waitingForNetwork)
    return (
      <div className="alert alert-warning" role="alert">
        <span>
          <strong>Time&rsquo;s up, and you&rsquo;re offline.</strong> {answersAre(unsentCount)} kept on this page: leave it open. They are
          sent as soon as the network is back, and the ones you gave before the deadline count if they reach us by {graceEnds} ({grace}{" "}
          after the deadline). After that they can&rsquo;t count.
        </span>
      </div>
    );
  return (
    <>
      {timeUp ? (
        <div className="alert alert-warning" role="alert">
          <strong>Time&rsquo;s up.</strong> Submitting the answers you gave…
        </div>
      ) : null}
      {isOffline ? (
        <div className="alert alert-warning" role="status">
          <span>
            <strong>You&rsquo;re offline.</strong> {answersAre(unsentCount)} kept on this page and sent by themselves when the network is
            back.
            {graceEnds
              ? ` If it is still away at the deadline, the answers you gave before it count if they reach us within ${grace} after it (by ${graceEnds}).`
              : null}
          </span>
        </div>
      ) : error ? (
        <Alert tone="error">{error}</Alert>
      ) : null}
    </>
  );
}
