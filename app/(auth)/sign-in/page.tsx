import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { GuestButton } from "@/components/auth/guest-button";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/safe-next";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const user = await getCurrentUser();
  if (user && !user.isAnonymous) redirect(next);
  return (
    <div className="stack">
      {params.reason === "expired" ? (
        <p role="alert" className="alert alert-error auth-box">Your session has expired. Sign in again to continue.</p>
      ) : null}
      <AuthForm mode="sign-in" next={next} />
      {!user ? (
        <div className="auth-box actions">
          <span className="muted">No account needed to try it:</span>
          <GuestButton next={next === "/" ? "/study" : next} />
        </div>
      ) : null}
    </div>
  );
}
