import { failure, type ActionFailure } from "@/lib/action-result";

/**
 * Run a server action that can't work offline (starting a quiz: the server draws the questions and
 * keeps the clock). Offline, or when the request can't get through, it answers the refusal
 * "needs_network" at once, with `values` so the form keeps what was typed, rather than spinning or
 * throwing to the error page.
 */
export async function withNetwork<T>(run: () => Promise<T>, values?: object): Promise<T | ActionFailure> {
  if (typeof navigator !== "undefined" && !navigator.onLine) return offline(values);
  try {
    return await run();
  } catch (error) {
    // fetch's own failure (no network, DNS, connection refused) is a TypeError; anything else is a real error.
    if (error instanceof TypeError) return offline(values);
    throw error;
  }
}

function offline(values?: object): ActionFailure {
  return values ? { ...failure("needs_network"), values } : failure("needs_network");
}
