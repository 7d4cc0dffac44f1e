// A web-test-runner reporter that ends the run with one plain line: "browser: N passed, N failed".
//
// Why: the default reporter draws a progress bar that mixes file counts and test counts, which
// neither a person skimming CI logs nor a CI that reads the closing line can rely on. A test file
// that could not even load (a syntax error, a failing import) has no test results: it counts as
// one failure so that a broken file can never look like a green run.
import { writeSync } from 'node:fs';

/** Counts the passed, failed and skipped tests of a mocha suite tree as WTR reports it. */
export function countResults(suite) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const visit = (node) => {
    for (const test of node?.tests ?? []) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    for (const child of node?.suites ?? []) visit(child);
  };
  visit(suite);
  return counts;
}

/** Adds up every session of a run; a session that failed without a failing test counts as one failure. */
export function summarizeSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0, files: 0 };
  for (const session of sessions) {
    const counts = countResults(session.testResults);
    total.files += 1;
    total.passed += counts.passed;
    total.skipped += counts.skipped;
    total.failed += counts.failed === 0 && !session.passed ? 1 : counts.failed;
  }
  return total;
}

export function closingLineReporter({ label = 'browser' } = {}) {
  return {
    stop({ sessions }) {
      const total = summarizeSessions(sessions);
      const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
      const line = `\n${label}: ${total.passed} passed, ${total.failed} failed${skipped}\n`;
      // The default reporter flushes its final progress block after every reporter's stop(), so
      // the line is written synchronously as the process exits, to really be the last one.
      process.once('exit', () => writeSync(1, line));
    },
  };
}
