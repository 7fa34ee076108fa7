// Measures issue 6's browser targets in headless Chromium: the plan for a
// generated data set computed in the worker (time from `plan-run` to
// `plan-status` = done), main-thread long tasks meanwhile, and the time
// from a `step-next` click to the redrawn before/after chart.
//
//   node perf/plan.mjs DATA_DIR        (from tests/e2e, after `trunk build --release`)
//
// DATA_DIR holds data.xlsx from `seimbang-cli demo --employees N --out DATA_DIR`;
// the native time of `seimbang-cli plan DATA_DIR` is printed beside it.
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { serveDir } from "../lib/server.mjs";
import { openApp, byTestId } from "../lib/browser.mjs";

const DIST = process.env.SEIMBANG_DIST ?? new URL("../../../dist", import.meta.url).pathname;
const CLI = process.env.SEIMBANG_CLI ?? new URL("../../../target/bench-native/seimbang-cli", import.meta.url).pathname;
const DATA = process.argv[2] ?? new URL("../../../target/bench-data/n100000", import.meta.url).pathname;
const STEPS = Number(process.env.STEPS ?? 20);

const xlsx = await readFile(`${DATA}/data.xlsx`);
const server = await serveDir(DIST);
const app = await openApp(server.url);
try {
  const { page } = app;
  await byTestId(page, "nav-impor").click();
  await byTestId(page, "import-input").setInputFiles({ name: "data.xlsx", mimeType: "application/octet-stream", buffer: xlsx });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor({ timeout: 300000 });
  await byTestId(page, "import-confirm").click();
  const employees = await byTestId(page, "summary-employees").getAttribute("data-value", { timeout: 300000 });
  await byTestId(page, "nav-rencana").click();
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: "longtask" });
  });
  const t0 = performance.now();
  await byTestId(page, "plan-run").click();
  await page.locator('[data-testid="plan-status"][data-state="done"]').waitFor({ timeout: 900000 });
  await byTestId(page, "chart-before-after").waitFor();
  const planMs = performance.now() - t0;
  const moves = Number(await byTestId(page, "plan-moves").getAttribute("data-value"));
  const planTasks = await page.evaluate(() => window.__longTasks.splice(0));

  await byTestId(page, "step-first").click();
  await page.locator('[data-testid="chart-before-after"][data-step="0"]').waitFor();
  const stepMs = [];
  for (let i = 1; i <= Math.min(STEPS, moves); i++) {
    const s0 = performance.now();
    await byTestId(page, "step-next").click();
    await page.locator(`[data-testid="chart-before-after"][data-step="${i}"]`).waitFor();
    stepMs.push(performance.now() - s0);
  }
  const stepTasks = await page.evaluate(() => window.__longTasks.splice(0));
  stepMs.sort((a, b) => a - b);

  const c0 = performance.now();
  execFileSync(CLI, ["plan", DATA, "--out", "/tmp/seimbang-perf-rencana.csv", "--summary", "/tmp/seimbang-perf-summary.json"]);
  const cliMs = performance.now() - c0;

  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${employees} employees, ${moves} moves`);
  console.log(`  plan-run → done (browser worker): ${fmt(planMs)}   target < 2 s`);
  console.log(`  native seimbang-cli plan (whole command): ${fmt(cliMs)}`);
  console.log(`  longest main-thread task while planning: ${Math.max(0, ...planTasks).toFixed(0)} ms   target ≤ 200 ms`);
  console.log(`  step-next → chart redrawn: median ${stepMs[stepMs.length >> 1]?.toFixed(0)} ms, max ${stepMs.at(-1)?.toFixed(0)} ms over ${stepMs.length} steps   target < 100 ms`);
  console.log(`  longest main-thread task while stepping: ${Math.max(0, ...stepTasks).toFixed(0)} ms`);
  if (app.problems().length) console.log("  problems:", app.problems());
} finally {
  await app.close();
  await server.close();
}
