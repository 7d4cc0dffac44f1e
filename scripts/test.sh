#!/usr/bin/env bash
# Everything CI checks, in the order a failure is cheapest to find: browser present, types,
# unit tests (Node), the HTTP contract suite against the standalone mock server, browser tests
# (Chromium), the packages as published (build, publint, attw, the script-tag example), the
# Storybook build and every story opened in Chromium (so a broken story fails CI).
# Stops at the first failing step and says which one; the last line adds up every test that ran.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export STORYBOOK_DISABLE_TELEMETRY=1

logs="$(mktemp -d)"
mock_pid=""
trap 'rm -rf "$logs"; [[ -n "$mock_pid" ]] && kill "$mock_pid" 2>/dev/null' EXIT

step() { printf '\n==> %s\n' "$*"; }
fail() {
  printf '\nFAILED: %s\n' "$*" >&2
  exit 1
}

# --- 1. A browser -------------------------------------------------------------------------
step "1/7 Looking for Chrome or Chromium"
if ! chrome="$(node scripts/find-chrome.mjs)"; then
  if [[ -n "${CHROME_PATH:-}" ]]; then
    fail "CHROME_PATH=$CHROME_PATH is not an executable file. Point it at Chrome/Chromium, or unset it."
  elif [[ -f /etc/debian_version ]] && command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
    echo "No browser found; installing Debian's chromium (root on a Debian-like machine)."
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; } >"$logs/apt.log" 2>&1 \
      || { tail -n 30 "$logs/apt.log"; fail "apt-get install chromium did not work (see above)."; }
    chrome="$(node scripts/find-chrome.mjs)" || fail "chromium was installed but no executable was found."
  else
    cat >&2 <<'HOW'
No Chrome or Chromium found (looked at CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser,
/usr/bin/google-chrome, /usr/bin/google-chrome-stable, /opt/google/chrome/chrome).
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium        (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install chromium
  macOS:          install Google Chrome, then export CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  or any Chrome:  export CHROME_PATH=/path/to/chrome
HOW
    fail "no browser for the browser tests"
  fi
fi
echo "Using $chrome"

# --- 2. Types -----------------------------------------------------------------------------
step "2/7 Type-checking (tsc --noEmit)"
npx --no-install tsc --noEmit -p tsconfig.json || fail "type errors (see above)"
echo "No type errors."

# --- 3. Unit tests ------------------------------------------------------------------------
step "3/7 Unit tests (node --test)"
shopt -s nullglob
unit_files=(test/unit/*.test.ts)
shopt -u nullglob
[[ ${#unit_files[@]} -gt 0 ]] || fail "no unit test files in test/unit/"
node --import tsx --test --test-reporter=spec "${unit_files[@]}" 2>&1 | tee "$logs/unit.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "unit tests"
# The spec reporter closes with "ℹ pass N" / "ℹ fail N".
unit_passed="$(sed -nE 's/^[^a-z]*pass ([0-9]+)$/\1/p' "$logs/unit.log" | tail -n 1)"
unit_failed="$(sed -nE 's/^[^a-z]*fail ([0-9]+)$/\1/p' "$logs/unit.log" | tail -n 1)"

# --- 4. Contract suite ---------------------------------------------------------------------
# The same `npm run contract` a merchant points at their own backend, here against the standalone
# mock server (npm run mock:server) on 127.0.0.1 and a free port; the server is stopped after.
step "4/7 Contract suite (npm run contract) against the standalone mock server"
node --import tsx mocks/src/server/cli.ts --port 0 --host 127.0.0.1 >"$logs/mock-server.log" 2>&1 &
mock_pid=$!
mock_url=""
for _ in $(seq 1 300); do
  mock_url="$(sed -nE 's/^Suivi mock API listening on (.*)$/\1/p' "$logs/mock-server.log")"
  [[ -n "$mock_url" ]] && break
  kill -0 "$mock_pid" 2>/dev/null || break
  sleep 0.1
done
[[ -n "$mock_url" ]] || { cat "$logs/mock-server.log"; fail "the mock server did not start"; }
npm run --silent contract -- --base-url "$mock_url" --admin-key suivi-demo-admin-key 2>&1 | tee "$logs/contract.log"
contract_status=${PIPESTATUS[0]}
kill "$mock_pid" 2>/dev/null
wait "$mock_pid" 2>/dev/null
mock_pid=""
[[ $contract_status -eq 0 ]] || fail "contract suite"
contract_passed="$(sed -nE 's/^([0-9]+) passed, [0-9]+ failed$/\1/p' "$logs/contract.log" | tail -n 1)"
[[ -n "$contract_passed" ]] || fail "the contract suite printed no summary line"

# --- 5. Browser tests ---------------------------------------------------------------------
step "5/7 Browser tests (web-test-runner, $chrome)"
CHROME_PATH="$chrome" npx --no-install web-test-runner --config web-test-runner.config.mjs 2>&1 | tee "$logs/browser.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "browser tests"
browser_line="$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed' "$logs/browser.log" | tail -n 1)"
[[ -n "$browser_line" ]] || fail "browser tests printed no summary line"
browser_passed="$(sed -E 's/^browser: ([0-9]+) passed.*/\1/' <<<"$browser_line")"
browser_failed="$(sed -E 's/^browser: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$browser_line")"
# Then the tests that make the kit's own modules fail to load, each file in a browser of its own:
# they block the modules through the mock's service worker, which answers every page of the
# origin (another page open meanwhile could be refused them too), and a browser that has already
# loaded a module may serve it again from memory without asking the worker.
for file in test/browser/alone/*.test.ts; do
  CHROME_PATH="$chrome" WTR_CONCURRENCY=1 npx --no-install web-test-runner --config web-test-runner.config.mjs --files "$file" 2>&1 | tee "$logs/browser-alone.log"
  [[ ${PIPESTATUS[0]} -eq 0 ]] || fail "browser tests ($file)"
  alone_line="$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed' "$logs/browser-alone.log" | tail -n 1)"
  [[ -n "$alone_line" ]] || fail "browser tests ($file) printed no summary line"
  browser_passed=$(( browser_passed + $(sed -E 's/^browser: ([0-9]+) passed.*/\1/' <<<"$alone_line") ))
done

# --- 6. Packages ---------------------------------------------------------------------------
# What a developer installs or drops in: the packages built to dist/ (npm run build), publint and
# Are the Types Wrong on each (npm run check:packages), and the script-tag example opened in
# Chromium against the standalone mock server (test/build/), and the size limits (npm run size,
# about 5 s). About 25 s here.
step "6/7 Building the packages, checking them (publint, attw, size limits) and the script-tag example"
npm run --silent build >"$logs/build.log" 2>&1 || { tail -n 40 "$logs/build.log"; fail "npm run build"; }
# The build regenerates the committed Custom Elements Manifest (Storybook's docs read it).
git diff --quiet -- packages/components/custom-elements.json \
  || fail "packages/components/custom-elements.json was stale (a component's header or API changed): npm run build has regenerated it; commit it"
npm run --silent check:packages >"$logs/check-packages.log" 2>&1 || { tail -n 60 "$logs/check-packages.log"; fail "package checks (publint / attw)"; }
tail -n 1 "$logs/check-packages.log"
# Issue 5's size budgets (npm run size): an entry over its limit fails, named with how much it is over.
npm run --silent size -- --no-write >"$logs/size.log" 2>&1 \
  || { grep -E '^over the limit' "$logs/size.log" || tail -n 30 "$logs/size.log"; fail "size limits (npm run size; see BENCHMARKS.md, Kit sizes)"; }
tail -n 1 "$logs/size.log"
CHROME_PATH="$chrome" node --import tsx --test --test-reporter=spec test/build/*.test.ts 2>&1 | tee "$logs/packages.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "package tests (the script-tag, React and Vue examples, the built demo)"
packages_passed="$(sed -nE 's/^[^a-z]*pass ([0-9]+)$/\1/p' "$logs/packages.log" | tail -n 1)"

# --- 7. Storybook build and every story ---------------------------------------------------
# The built Storybook, then every story and docs page opened in Chromium (test/storybook/): no
# console error, failed request or axe (WCAG 2.2 AA) violation. About 4 minutes here.
step "7/7 Building Storybook (npm run build-storybook -- --quiet) and opening every story"
npm run --silent build-storybook -- --quiet >"$logs/storybook.log" 2>&1 \
  || { tail -n 60 "$logs/storybook.log"; fail "storybook build (a story or the Storybook config is broken)"; }
echo "Storybook built into storybook-static/."
CHROME_PATH="$chrome" node --import tsx --test --test-reporter=spec test/storybook/*.test.ts 2>&1 | tee "$logs/stories.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "Storybook test (a story logs an error, a request fails or axe finds a violation)"
stories_passed="$(sed -nE 's/^[^a-z]*pass ([0-9]+)$/\1/p' "$logs/stories.log" | tail -n 1)"

passed=$(( ${unit_passed:-0} + ${contract_passed:-0} + ${browser_passed:-0} + ${packages_passed:-0} + ${stories_passed:-0} ))
failed=$(( ${unit_failed:-0} + ${browser_failed:-0} ))
[[ $passed -gt 0 ]] || fail "no test ran"
printf '\nAll checks passed (unit: %s, contract: %s, browser: %s, packages: %s, stories: %s).\n' "${unit_passed:-0}" "${contract_passed:-0}" "${browser_passed:-0}" "${packages_passed:-0}" "${stories_passed:-0}"
echo "all: $passed passed, $failed failed"
