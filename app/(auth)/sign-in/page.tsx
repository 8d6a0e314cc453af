import type { Metadata } from "next";
import { AuthForm } from "@/components/auth/auth-form";
import { GuestButton } from "@/components/auth/guest-button";
import { getAuthPageContext } from "@/lib/auth/session";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, next, user } = await getAuthPageContext(searchParams);
  return (
    <div className="stack">
      {params.reason === "expired" ? (
        <Alert tone="error" className="auth-box">
          Your session has expired. Sign in again to continue.
        </Alert>
      ) : null}
      <AuthForm mode="sign-in" next={next} isGuest={Boolean(user?.isAnonymous)} />
      {!user ? (
        <div className="auth-box actions">
          <span className="muted">No account needed to try it:</span>
          <GuestButton next={next === "/" ? "/study" : next} />
        </div>
      ) : null}
    </div>
  );
}
