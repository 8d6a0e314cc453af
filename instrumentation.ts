// Runs once when the server starts, before it answers any request: a bad question bank stops it here.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First, so requests carry their socket's address from now on (lib/http/socket-peer.ts).
    const { installSocketPeer } = await import("@/lib/http/socket-peer");
    installSocketPeer();
    const { env } = await import("@/lib/env");
    const { checkBankOrExit } = await import("@/lib/content/startup");
    checkBankOrExit(env.CONTENT_DIR);
    if (!env.SMTP_URL) {
      console.warn("email: no SMTP_URL set, so password-reset links are written to this log instead of sent (README: Security).");
    }
  }
}
