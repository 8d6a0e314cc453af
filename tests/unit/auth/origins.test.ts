import { describe, expect, test } from "vitest";
import { trustedOriginsFor } from "@/lib/auth/origins";

describe("trustedOriginsFor", () => {
  test.each([
    { label: "the configured origin", host: "localhost:3000", listed: "", want: ["http://localhost:3000"] },
    {
      label: "127.0.0.1, which next start prints",
      host: "127.0.0.1:3000",
      listed: "",
      want: ["http://localhost:3000", "http://127.0.0.1:3000"],
    },
    {
      label: "a listed LAN address",
      host: "192.168.1.20:3000",
      listed: "192.168.1.20, study.lan",
      want: ["http://localhost:3000", "http://192.168.1.20:3000"],
    },
    {
      label: "this machine's own LAN address, which next start prints as Network",
      host: "192.0.2.2:3000",
      listed: "",
      machine: ["127.0.0.1", "192.0.2.2", "[fd00::2]"],
      want: ["http://localhost:3000", "http://192.0.2.2:3000"],
    },
    {
      label: "this machine's IPv6 address",
      host: "[fd00::2]:3000",
      listed: "",
      machine: ["192.0.2.2", "[fd00::2]"],
      want: ["http://localhost:3000", "http://[fd00::2]:3000"],
    },
    {
      label: "another machine's address on the same network",
      host: "192.0.2.9:3000",
      listed: "",
      machine: ["192.0.2.2"],
      want: ["http://localhost:3000"],
    },
    { label: "an unlisted host", host: "evil.example:3000", listed: "192.168.1.20", want: ["http://localhost:3000"] },
    { label: "a malformed host header", host: "a b/c", listed: "", want: ["http://localhost:3000"] },
    { label: "no host header", host: null, listed: "", want: ["http://localhost:3000"] },
  ])("$label", ({ host, listed, machine, want }: { host: string | null; listed: string; machine?: string[]; want: string[] }) => {
    expect(trustedOriginsFor("http://localhost:3000", listed, host, machine)).toEqual(want);
  });
});
