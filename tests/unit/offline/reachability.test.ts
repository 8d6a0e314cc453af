import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

// A page whose browser says "online" while nothing gets through (a captive portal, Wi-Fi with no
// Internet): the failed request turns the page offline, and the probe turns it back.
describe("reachability", () => {
  let answers: boolean;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    answers = false;
    vi.stubGlobal("window", new EventTarget());
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        if (!answers) throw new TypeError("Failed to fetch");
        return new Response("{}", { status: 503 });
      }),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test("a request that gets no answer makes the page offline until the server answers, even with an error", async () => {
    const { reached, isReachable, subscribeReachability, REACHABLE_EVENT } = await import("@/lib/offline/reachability");
    const changes = vi.fn();
    subscribeReachability(changes);
    const back = vi.fn();
    window.addEventListener(REACHABLE_EVENT, back);

    await expect(reached(fetch("/api/sync/deck"))).rejects.toThrow(TypeError);
    expect(isReachable()).toBe(false);
    expect(changes).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(15_000); // three probes, none answered
    expect(isReachable()).toBe(false);

    answers = true; // a 503 is still an answer: the network is back
    await vi.advanceTimersByTimeAsync(5_000);
    expect(isReachable()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(2);
    expect(back).toHaveBeenCalledTimes(1);

    const probes = vi.mocked(fetch).mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000); // no probing once back
    expect(vi.mocked(fetch).mock.calls.length).toBe(probes);
  });

  test("a server that answers with an error is not the network's fault", async () => {
    const { reached, isReachable } = await import("@/lib/offline/reachability");
    answers = true;
    expect((await reached(fetch("/api/sync"))).status).toBe(503);
    expect(isReachable()).toBe(true);
  });
});
