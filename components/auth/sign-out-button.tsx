"use client";
import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { clearOfflineData, waitingOnDevice } from "@/lib/offline/sign-out";

/**
 * Sign out. A guest's progress lives only in their guest session, so signing a guest out deletes
 * it: they are asked first, with an account offered to keep it (B4).
 */
export function SignOutButton({ isGuest = false, onDone }: { isGuest?: boolean; onDone?: () => void }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);
  async function signOut() {
    // What waits on this device to sync would be lost: say so first (offline study, #22).
    const waiting = await waitingOnDevice();
    if (
      waiting > 0 &&
      !window.confirm(`${waiting} of your ratings on this device have not synced yet. Signing out deletes them. Sign out anyway?`)
    )
      return;
    setPending(true);
    await clearOfflineData();
    await authClient.signOut();
    onDone?.();
    router.push("/");
    router.refresh();
  }
  if (!isGuest) {
    return (
      <button type="button" className="link" onClick={signOut} disabled={pending}>
        Sign out
      </button>
    );
  }
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="link">Sign out</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="menu-overlay" />
        <Dialog.Content className="confirm-dialog">
          <Dialog.Title>Sign out and lose your guest progress?</Dialog.Title>
          <Dialog.Description>
            As a guest, what you studied is kept only while you stay signed in on this browser. Signing out deletes your cards, reviews and
            quizzes for good. Create an account to keep them.
          </Dialog.Description>
          <div className="actions">
            <Link
              className="btn btn-primary"
              href="/sign-up?next=/study"
              onClick={() => {
                setOpen(false);
                onDone?.();
              }}
            >
              Create an account to keep it
            </Link>
            <button type="button" className="btn btn-danger" onClick={signOut} disabled={pending}>
              {pending ? "Signing out…" : "Sign out and delete it"}
            </button>
            <Dialog.Close className="btn">Cancel</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
