// The app instances under test: `next start` processes on loopback, each in its own process group
// so a kill takes down the whole server at once, as a crashed machine would.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

export interface Instance {
  name: string;
  base: string;
  port: number;
  child: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
}

export interface InstanceEnv {
  databaseUrl: string;
  signInLimit: number;
  logDir: string;
}

/** Start `next start` on 127.0.0.1:`port` and wait until /api/health answers. */
export async function startInstance(name: string, port: number, options: InstanceEnv): Promise<Instance> {
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        BETTER_AUTH_URL: base,
        BETTER_AUTH_SECRET: "load-test-secret-not-for-production-0123456789",
        AUTH_SIGN_IN_LIMIT: String(options.signInLimit),
        AUTH_GUEST_LIMIT: "1000",
        // The load generator plays the load balancer in front of both instances: its X-Forwarded-For counts.
        TRUSTED_PROXIES: "127.0.0.1",
      },
    },
  );
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const instance: Instance = { name, base, port, child, logFile, exited };

  const deadline = Date.now() + 60_000;
  let isExited = false;
  void exited.then(() => (isExited = true));
  while (Date.now() < deadline) {
    if (isExited) throw new Error(`${name} exited while starting; see ${logFile}`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  killInstance(instance);
  throw new Error(`${name} did not become healthy on ${base} within 60 s; see ${logFile}`);
}

/** SIGKILL the instance's whole process group: no graceful shutdown, in-flight requests die. */
export function killInstance(instance: Instance): void {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  try {
    process.kill(-instance.child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}
