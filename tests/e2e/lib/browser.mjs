// Starts Debian's Chromium through playwright-core (never a downloaded
// browser) and watches everything a privacy-minded user would: every request
// must stay on the app's origin, and the console must stay free of errors.
import { chromium } from "playwright-core";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Opens a fresh browser profile and a page on `origin` (running
 * `initScript`, when given, before any of the page's scripts, and
 * `beforeGoto(context)` before the page is opened, e.g. to route requests). Returns the page, a
 * `problems()` function listing foreign requests, console errors and
 * uncaught exceptions seen so far, and `close()`.
 */
export async function openApp(
  origin,
  { viewport = { width: 1366, height: 768 }, locale = "id-ID", initScript = null, beforeGoto = null } = {},
) {
  const profile = await mkdtemp(join(tmpdir(), "seimbang-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    viewport,
    locale,
  });
  const requests = [];
  const errors = [];
  const allowed = new URL(origin).origin;
  context.on("request", (req) => requests.push(req.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`uncaught exception: ${err.message}`));
  if (initScript) await context.addInitScript(initScript);
  if (beforeGoto) await beforeGoto(context);
  await page.goto(origin);
  return {
    page,
    context,
    requests,
    problems() {
      const foreign = requests.filter((u) => {
        if (u.startsWith("data:") || u.startsWith("blob:")) return false;
        return new URL(u).origin !== allowed;
      });
      return [...foreign.map((u) => `request left the origin: ${u}`), ...errors];
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The element with `data-testid=id`. */
export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

/** Saves the current plan as scenario `name`, the `count`-th one kept. */
export async function saveScenario(page, name, count) {
  await byTestId(page, "scenario-name").fill(name);
  await byTestId(page, "scenario-save").click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="scenario"]').length === n, count);
}

/** Compares saved scenarios `a` and `b`; `button` is the Compare button's label. */
export async function compareScenarios(page, a, b, button) {
  const selects = byTestId(page, "plan-scenarios").locator("select");
  await selects.nth(0).selectOption(a);
  await selects.nth(1).selectOption(b);
  await byTestId(page, "plan-scenarios").getByRole("button", { name: button }).click();
  await byTestId(page, "scenario-comparison").waitFor();
}
