"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage } from "@/lib/auth/messages";
import { Alert } from "@/components/ui/alert";

/** One click, no form: starts a guest account and goes to `next`. */
export function GuestButton({ next = "/study", label = "Study as guest" }: { next?: string; label?: string }) {
  const router = useRouter();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn btn-primary"
        disabled={isPending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const result = await authClient.signIn.anonymous();
          if (result.error) {
            setPending(false);
            setError(
              result.error.status === 429
                ? authErrorMessage(result.error)
                : "Couldn't start a guest session. Check your connection and try again.",
            );
            return;
          }
          router.push(next);
          router.refresh();
        }}
      >
        {isPending ? "Starting…" : label}
      </button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}
