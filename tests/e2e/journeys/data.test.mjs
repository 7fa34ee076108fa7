// Journeys of issue 5, in both languages: import a valid XLSX and see its
// counts; import a file with errors and read where they are while the data
// already loaded stays; reload and find the data again; clear it. Also the
// data tables and the settings screen. Every journey fails on a request to
// another origin, a console error or an uncaught exception.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serveDir } from "../lib/server.mjs";
import { openApp, byTestId } from "../lib/browser.mjs";

const DIST = process.env.SEIMBANG_DIST ?? new URL("../../../dist", import.meta.url).pathname;
const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;
let server;

before(async () => {
  server = await serveDir(DIST);
});
after(async () => {
  await server?.close();
});

/** Number of records of a CSV fixture (lines after the header). */
async function records(path) {
  const text = await readFile(path, "utf8");
  return text.trim().split(/\r?\n/).length - 1;
}

async function switchTo(page, lang) {
  if (lang === "en") {
    await byTestId(page, "lang-switch").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
  }
}

async function value(page, id) {
  const el = byTestId(page, id);
  await el.waitFor({ timeout: 30000 });
  return Number(await el.getAttribute("data-value"));
}

async function importFiles(page, files) {
  await byTestId(page, "nav-impor").click();
  await byTestId(page, "import-input").setInputFiles(files);
  await byTestId(page, "import-confirm").waitFor({ timeout: 30000 });
}

const EXAMPLE = `${FIXTURES}examples/contoh-n30/`;

for (const lang of ["id", "en"]) {
  test(`import a valid XLSX, reject a bad file, reload, clear (${lang})`, async () => {
    const app = await openApp(server.url);
    try {
      const { page } = app;
      await switchTo(page, lang);

      // A valid workbook: the counts are the file's.
      await importFiles(page, [`${EXAMPLE}data.xlsx`]);
      assert.equal(await byTestId(page, "import-errors").getAttribute("data-value"), "0");
      await byTestId(page, "import-confirm").click();
      assert.equal(await value(page, "summary-employees"), await records(`${EXAMPLE}pegawai.csv`));
      assert.equal(await value(page, "summary-units"), await records(`${EXAMPLE}unit.csv`));
      assert.ok((await value(page, "summary-cells")) >= (await records(`${EXAMPLE}kebutuhan.csv`)));
      await byTestId(page, "storage-status").and(page.locator('[data-state="saved"]')).waitFor();

      // A file with an error: named at its table, row and column; the
      // confirm button stays disabled and the loaded data stays.
      const base = `${FIXTURES}base/`;
      const files = [];
      for (const name of ["unit.csv", "jabatan.csv", "kebutuhan.csv", "pengaturan.csv"]) {
        files.push({ name, mimeType: "text/csv", buffer: await readFile(base + name) });
      }
      files.push({
        name: "pegawai.csv",
        mimeType: "text/csv",
        buffer: await readFile(`${FIXTURES}bad/nip_duplicate.csv`),
      });
      await importFiles(page, files);
      const problem = byTestId(page, "import-problems").locator(
        '[data-testid="import-problem"][data-table="pegawai"][data-row="3"][data-column="nip"]',
      );
      await problem.waitFor();
      const text = await problem.innerText();
      assert.match(text, lang === "id" ? /tabel pegawai, baris 3, kolom nip/ : /table pegawai, row 3, column nip/);
      assert.ok(await byTestId(page, "import-confirm").isDisabled());
      await byTestId(page, "nav-analisis").click();
      assert.equal(await value(page, "summary-employees"), await records(`${EXAMPLE}pegawai.csv`));

      // The problems list downloads as CSV, in the UI language.
      await byTestId(page, "nav-impor").click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: lang === "id" ? /Unduh daftar masalah/ : /Download the problems/ }).click(),
      ]);
      const csv = await readFile(await download.path(), "utf8");
      assert.match(csv, lang === "id" ? /^\uFEFFtingkat,tabel,baris,kolom,masalah/ : /^\uFEFFseverity,table,row,column,problem/);
      assert.match(csv, /pegawai,3,nip,/);

      // Reload: the data is back from this browser's storage.
      await page.reload();
      assert.equal(await value(page, "summary-employees"), await records(`${EXAMPLE}pegawai.csv`));

      // Clear, after the confirmation: gone, also after a reload.
      page.once("dialog", (dialog) => dialog.accept());
      await byTestId(page, "clear-data").click();
      await byTestId(page, "summary-employees").waitFor({ state: "detached" });
      await page.reload();
      await byTestId(page, "demo-load").waitFor();
      await page.waitForTimeout(500);
      assert.equal(await byTestId(page, "summary-employees").count(), 0);
      const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== "seimbang.lang"));
      assert.deepEqual(kept, []);
      assert.deepEqual(app.problems(), []);
    } finally {
      await app.close();
    }
  });
}

test("the data tables search, sort and scroll 300 employees without drawing them all", async () => {
  const app = await openApp(server.url);
  try {
    const { page } = app;
    await byTestId(page, "demo-load").click();
    await value(page, "summary-employees");
    await byTestId(page, "nav-data").click();
    assert.equal(await value(page, "data-count"), 300);
    const drawn = await page.locator(".vtable__row").count();
    assert.ok(drawn > 10 && drawn < 300, `rows drawn: ${drawn}`);
    // Scroll to the bottom: the last rows are fetched and drawn.
    await page.locator(".vtable").evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForFunction(() => {
      const el = document.querySelector(".vtable");
      const rows = el.querySelectorAll(".vtable__row");
      const last = rows[rows.length - 1].getBoundingClientRect();
      return last.bottom <= el.getBoundingClientRect().bottom + 2 && last.bottom > 0;
    });
    // Search narrows the table.
    await byTestId(page, "data-search").fill("puskesmas");
    await page.waitForFunction(() => {
      const v = Number(document.querySelector('[data-testid="data-count"]')?.dataset.value);
      return v > 0 && v < 300;
    });
    // Units tab, sorted by a column twice: descending order.
    await byTestId(page, "data-tab-unit").click();
    await page.locator("th .table__sort").first().click();
    await page.locator('th[aria-sort="ascending"]').waitFor();
    await page.locator("th .table__sort").first().click();
    await page.locator('th[aria-sort="descending"]').waitFor();
    assert.deepEqual(app.problems(), []);
  } finally {
    await app.close();
  }
});

test("settings are checked as typed and change the analysis when saved", async () => {
  const app = await openApp(server.url);
  try {
    const { page } = app;
    await byTestId(page, "demo-load").click();
    const cellsInBand = await value(page, "summary-in-band");
    await byTestId(page, "nav-pengaturan").click();
    const hours = byTestId(page, "setting-jam_kerja_efektif");
    await hours.fill("abc");
    await page.locator(".field--invalid .field__error").waitFor();
    assert.ok(await byTestId(page, "settings-save").isDisabled());
    await hours.fill("900");
    await page.locator(".field--invalid").waitFor({ state: "detached" });
    await byTestId(page, "settings-save").click();
    await page.locator(".notice--ok").waitFor();
    await byTestId(page, "nav-analisis").click();
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="summary-in-band"]')?.dataset.value) !== before,
      cellsInBand,
    );
    assert.deepEqual(app.problems(), []);
  } finally {
    await app.close();
  }
});
