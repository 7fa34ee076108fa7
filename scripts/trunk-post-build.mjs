// Trunk post-build hook: move Trunk's inline boot <script type="module"> into
// its own file so the Content-Security-Policy can forbid inline scripts.
// Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("TRUNK_STAGING_DIR is not set: run this through trunk");
  process.exit(1);
}
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`expected exactly one inline module script, found ${found.length}`);
  process.exit(1);
}
const [tag, body] = found[0];
const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
const name = `boot-${hash}.js`;
writeFileSync(join(dir, name), body.trim() + "\n");
html = html.replace(tag, `<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error("an inline script is left in index.html");
  process.exit(1);
}
writeFileSync(htmlPath, html);
console.log(`moved the boot script to ${name}`);
