// Journey: an official tries the demo data, sees the counts and the
// workload chart, in both languages. The heavy work runs in a Web Worker;
// no request leaves the origin, no console error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDir } from "../lib/server.mjs";
import { openApp, byTestId } from "../lib/browser.mjs";

const DIST = process.env.SEIMBANG_DIST ?? new URL("../../../dist", import.meta.url).pathname;
let server;

before(async () => {
  server = await serveDir(DIST);
});
after(async () => {
  await server?.close();
});

for (const lang of ["id", "en"]) {
  test(`the demo data set shows its counts and the workload chart (${lang})`, async () => {
    const app = await openApp(server.url);
    try {
      const { page } = app;
      await byTestId(page, "demo-load").waitFor();
      if (lang === "en") {
        await byTestId(page, "lang-switch").click();
        await page.waitForFunction(() => document.documentElement.lang === "en");
      }
      await byTestId(page, "demo-load").click();
      const employees = byTestId(page, "summary-employees");
      await employees.waitFor({ timeout: 30000 });
      assert.equal(await employees.getAttribute("data-value"), "300");
      assert.ok(Number(await byTestId(page, "summary-units").getAttribute("data-value")) > 10);
      assert.ok(Number(await byTestId(page, "summary-cells").getAttribute("data-value")) > 50);
      const chart = byTestId(page, "analysis-chart").locator("svg");
      await chart.waitFor();
      const title = await byTestId(page, "analysis-chart").innerText();
      assert.match(title, lang === "id" ? /Efektivitas jabatan/ : /Position effectiveness/);
      // Numbers follow the language: the label text changes with it.
      const label = await page.locator(".figure__label").first().innerText();
      assert.equal(label, lang === "id" ? "Pegawai" : "Employees");
      assert.deepEqual(app.problems(), []);
    } finally {
      await app.close();
    }
  });
}
