// Journey: an official opens the static link, reads the home screen in
// Indonesian, switches to English, reloads and keeps English. No request
// leaves the origin; no console error, no uncaught exception.
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

test("the page loads in Indonesian, switches to English and remembers it", async () => {
  const app = await openApp(server.url);
  try {
    const { page } = app;
    const title = byTestId(page, "home-title");
    await title.waitFor();
    assert.match(await title.innerText(), /Mutasi yang seimbang/);
    assert.equal(await page.getAttribute("html", "lang"), "id");

    await byTestId(page, "lang-switch").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.match(await title.innerText(), /Balanced transfers/);

    await page.reload();
    await byTestId(page, "home-title").waitFor();
    assert.match(await byTestId(page, "home-title").innerText(), /Balanced transfers/);
    assert.deepEqual(app.problems(), []);
  } finally {
    await app.close();
  }
});

test("the watcher notices a request to another origin", async () => {
  // Guards the guard: a page that fetches elsewhere must be reported.
  const app = await openApp(server.url);
  try {
    await app.page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "http://127.0.0.1:9/pixel.png";
      document.body.append(img);
    });
    await app.page.waitForTimeout(300);
    const problems = app.problems();
    assert.ok(problems.some((p) => p.includes("request left the origin")), problems.join("\n"));
  } finally {
    await app.close();
  }
});

test("the strict Content-Security-Policy is in force", async () => {
  const app = await openApp(server.url);
  try {
    const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const inline = await app.page.evaluate(
      () => [...document.scripts].filter((s) => !s.src && s.textContent.trim()).length,
    );
    assert.equal(inline, 0, "no inline script may be needed");
  } finally {
    await app.close();
  }
});
