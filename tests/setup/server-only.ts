import { vi } from "vitest";

// `server-only` throws outside React Server Components; the tests are server code.
vi.mock("server-only", () => ({}));
