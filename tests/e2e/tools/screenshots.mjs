// Screenshots of every screen at 1366×768 (office laptop) and 1920×1080
// (projector), in Indonesian, for review by eye:
//   node tools/screenshots.mjs [OUT_DIR]   (from tests/e2e, after `trunk build`)
// Written to tests/e2e/screenshots/ by default.
import { mkdir, readFile } from "node:fs/promises";
import { serveDir } from "../lib/server.mjs";
import { openApp, byTestId, saveScenario, compareScenarios } from "../lib/browser.mjs";

const DIST = process.env.SEIMBANG_DIST ?? new URL("../../../dist", import.meta.url).pathname;
const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;
const OUT = process.argv[2] ?? new URL("../screenshots/", import.meta.url).pathname;
const SIZES = { "1366x768": { width: 1366, height: 768 }, "1920x1080": { width: 1920, height: 1080 } };
const only = process.env.SCREENS?.split(",");

await mkdir(OUT, { recursive: true });
const server = await serveDir(DIST);
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const app = await openApp(server.url, { viewport });
    const { page } = app;
    const shot = async (name) => {
      if (only && !only.includes(name)) return;
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/${name}-${size}.png` });
    };
    await byTestId(page, "demo-load").waitFor();
    await shot("beranda");
    await byTestId(page, "demo-load").click();
    await byTestId(page, "analysis-chart").locator("svg").waitFor({ timeout: 30000 });
    await shot("analisis");
    await byTestId(page, "nav-data").click();
    await page.locator(".vtable__row").first().waitFor();
    await shot("data");
    await byTestId(page, "nav-pengaturan").click();
    await shot("pengaturan");
    const files = [];
    for (const name of ["unit.csv", "jabatan.csv", "kebutuhan.csv", "pengaturan.csv"]) {
      files.push({ name, mimeType: "text/csv", buffer: await readFile(`${FIXTURES}base/${name}`) });
    }
    files.push({ name: "pegawai.csv", mimeType: "text/csv", buffer: await readFile(`${FIXTURES}bad/nip_duplicate.csv`) });
    await byTestId(page, "nav-impor").click();
    await byTestId(page, "import-input").setInputFiles(files);
    await byTestId(page, "import-problems").waitFor();
    await page.locator(".review").scrollIntoViewIfNeeded();
    await shot("impor");
    if (await byTestId(page, "nav-rencana").count()) {
      await byTestId(page, "nav-rencana").click();
      await byTestId(page, "plan-run").click();
      await page.locator('[data-testid="plan-status"][data-state="done"]').waitFor({ timeout: 60000 });
      await shot("rencana");
      if (await byTestId(page, "chart-before-after").count()) {
        await byTestId(page, "chart-before-after").scrollIntoViewIfNeeded();
        await shot("sebelum-sesudah");
      }
      if (await byTestId(page, "plan-frontier").count()) {
        await byTestId(page, "frontier-load").click();
        await byTestId(page, "frontier-point").first().waitFor({ timeout: 60000 });
        await byTestId(page, "plan-frontier").scrollIntoViewIfNeeded();
        await shot("frontier");
        // Two scenarios compared: the optimum and a point with fewer moves.
        await saveScenario(page, "Optimal", 1);
        const points = byTestId(page, "frontier-point");
        await points.nth(Math.floor((await points.count()) / 3)).click();
        await page.waitForTimeout(1500);
        await page.locator('[data-testid="plan-status"][data-state="done"]').waitFor({ timeout: 60000 });
        await saveScenario(page, "Hemat", 2);
        await compareScenarios(page, "Optimal", "Hemat", "Bandingkan");
        await byTestId(page, "scenario-chart").scrollIntoViewIfNeeded();
        await shot("banding");
      }
    }
    if (app.problems().length) console.error(app.problems());
    await app.close();
  }
} finally {
  await server.close();
}
