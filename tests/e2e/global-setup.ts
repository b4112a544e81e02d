import { type ChildProcess, spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';

const PORT = 4180;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

let server: ChildProcess | undefined;

/** Serves the production build (built by `npm run test:e2e`) with vite preview. */
export default async function setup(project: TestProject) {
  server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      // E2E_DIST serves another build (for example an older version's, to see a test fail there).
      ...(process.env.E2E_DIST ? ['--outDir', process.env.E2E_DIST] : []),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await waitForServer(BASE_URL, 60_000);
  } catch (error) {
    // Not left behind holding the port (and the output pipe) after a failed start.
    server.kill();
    throw error;
  }
  project.provide('baseUrl', BASE_URL);
  return () => {
    server?.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
