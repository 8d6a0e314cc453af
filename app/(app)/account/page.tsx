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
      <section className="card">
        <h2>Delete account</h2>
        <p>This deletes your account and all your progress: cards, reviews, quiz attempts and settings. It can&apos;t be undone.</p>
        <DeleteAccountForm withPassword={!user.isAnonymous} />
      </section>
    </div>
  );
}
