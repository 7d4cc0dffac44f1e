// A part of a page whose code cannot be fetched (offline, a deploy that removed the old chunks),
// made the way the elements' own tests make it (test/browser/alone/lazy-parts.test.ts): the mock's
// service worker fails the request for the module. Storybook's built chunks have hashed names, so
// the handler recognises the module by what it does (it registers one of `tags`) rather than by
// its URL; every other script passes through untouched.
import { HttpResponse, bypass, http } from 'msw';

/** Paths under which the story's modules are served: Vite's dev server (source) and the build (assets/). */
const SCRIPT = /\/(packages\/components\/src\/.*\.ts|assets\/[^/]+\.js)$/;

/** Fails, as a dropped connection would, every script that registers one of `tags`. */
export function unreachableModules(tags: readonly string[]) {
  const registers = new RegExp(`customElements\\.define\\(\\s*["'\`](${tags.join('|')})["'\`]`);
  return http.get(SCRIPT, async ({ request }) => {
    const response = await fetch(bypass(request));
    if (registers.test(await response.clone().text())) return HttpResponse.error();
    return response;
  });
}

/** The story's `expectedFailedRequests` entry for those scripts (built Storybook: one file under assets/). */
export const UNREACHABLE_MODULE_REQUEST = 'GET /assets/*';
