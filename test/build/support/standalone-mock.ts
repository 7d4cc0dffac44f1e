// The standalone mock API (`npm run mock:server`) on 127.0.0.1 and a free port, for the tests that
// open a built page in Chromium the way a developer would run it against the mock.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The address the examples are written for (`npm run mock:server`'s default); tests swap in their own port. */
export const EXAMPLE_API = 'http://127.0.0.1:4010/api';

/** A showcase order of the mock: out for delivery with UPS. */
export const SHOWCASE_ORDER = { number: '#1002', email: 'oliver.bennett@example.co.uk' };

export interface StandaloneMock {
  url: string;
  process: ChildProcess;
}

/** Starts `npm run mock:server` on a free port; resolves with its URL once it listens. */
export function startMockServer(): Promise<StandaloneMock> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/src/server/cli.ts', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the mock server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /^Suivi mock API listening on (\S+)$/m.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ url: listening[1], process: child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the mock server exited (${code}):\n${output}`)));
  });
}
