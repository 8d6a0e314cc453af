import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="stack">
      <h1>Account</h1>
      {user.isAnonymous ? (
        <section className="card">
          <h2>You are studying as a guest</h2>
          <p>Your progress is kept on this browser only. Create an account to keep it for good and study anywhere.</p>
          <Link className="btn btn-primary" href="/sign-up?next=/account">
            Create an account
          </Link>
        </section>
      ) : (
        <section className="card">
          <h2>Signed in as {user.email}</h2>
          <ChangePasswordForm />
        </section>
      )}
      <section className="card">
        <h2>Your data</h2>
        <p>Every card state, review and quiz answer you have, as one JSON file.</p>
        <a className="btn" href="/api/account/export" download>
          Download my progress (JSON)
        </a>
      </section>
      <section className="card stack" aria-labelledby="exports-heading">
        <h2 id="exports-heading">Take the deck to another app</h2>
        <p>
          The deck&rsquo;s cards and questions. Downloading again later and importing over the first import updates only the notes whose
          text changed, and adds new cards, instead of adding copies.
        </p>
        <ul className="export-list">
          <li>
            <a href="/api/export/apkg" download>
              Anki package (.apkg)
            </a>{" "}
            <span className="muted small">
              every flashcard, as Basic, type-in and Cloze notes, one deck per section; open it with Anki or AnkiDroid
            </span>
          </li>
          <li>
            <a href="/api/export/apkg-progress" download>
              Anki package with my progress (.apkg)
            </a>{" "}
            <span className="muted small">
              the same notes with your schedule (FSRS memory state, due dates) and review history, to continue in Anki: import it into a
              profile without these cards, with &ldquo;Import any learning progress&rdquo; ticked, and turn on FSRS there
            </span>
          </li>
          <li>
            <a href="/api/export/anki" download>
              Anki text file (flashcards)
            </a>{" "}
            <span className="muted small">for Anki&rsquo;s File → Import; note type, deck and tags come with each row</span>
          </li>
          <li>
            <a href="/api/export/anki-questions" download>
              Anki text file (quiz questions)
            </a>{" "}
            <span className="muted small">the quiz questions as Basic notes in a deck of their own</span>
          </li>
          <li>
            <a href="/api/export/csv" download>
              Spreadsheet (CSV)
            </a>{" "}
            <span className="muted small">every flashcard and question with its kind, section, answer and quote</span>
          </li>
          <li>
            <a href="/api/export/quizlet" download>
              Quizlet (term and definition)
            </a>{" "}
            <span className="muted small">
              the basic and type-in flashcards (clozes are not terms); paste into Quizlet&rsquo;s Import: tab between term and definition,
              one card a line
            </span>
          </li>
        </ul>
      </section>
      <section className="card">
        <h2>Delete account</h2>
        <p>This deletes your account and all your progress: cards, reviews, quiz attempts and settings. It can&apos;t be undone.</p>
        <DeleteAccountForm withPassword={!user.isAnonymous} />
      </section>
    </div>
  );
}
