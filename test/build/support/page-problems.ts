// What a page did wrong while a test used it: console errors, uncaught exceptions, failed
// requests and HTTP error answers, collected from the moment it is attached.
import type { HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';

export interface ProblemFilter {
  /** A request the page is meant to make and see fail (a story of the "unavailable" state). */
  expectedFailure?: (url: string) => boolean;
}

/** Starts collecting; read the returned array at the end of the test (empty: nothing went wrong). */
export function watchPageProblems(page: Page, { expectedFailure = () => false }: ProblemFilter = {}): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request: HTTPRequest) => {
    const reason = request.failure()?.errorText ?? '';
    // A stream or request the page itself aborted (navigating away, a story's live stream closed) is not a failure.
    if (reason === 'net::ERR_ABORTED' || expectedFailure(request.url())) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response: HTTPResponse) => {
    if (response.status() >= 400 && !expectedFailure(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
