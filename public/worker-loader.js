// Starts the Seimbang Web Worker: loads the wasm-bindgen glue Trunk built for
// the `seimbang-worker` binary and its WebAssembly, whose `main` then answers
// the page's messages (src/bin/seimbang_worker.rs). Messages that arrive
// while the WebAssembly is still compiling are kept and replayed, so a
// click right after the page opens is never lost.
const early = [];
self.onmessage = (event) => early.push(event);
importScripts("./seimbang-worker.js");
wasm_bindgen({ module_or_path: "./seimbang-worker_bg.wasm" }).then(
  (wasm) => {
    // Kept so the memory benchmark (tests/e2e/perf/import-100k.mjs) can read
    // the size of the worker's WebAssembly memory; nothing else uses it.
    self.seimbangMemory = wasm.memory;
    for (const event of early) self.onmessage(event);
  },
  (error) => {
    // A rejected promise would leave whoever started this worker waiting
    // for ever; thrown from a task, the error reaches its `onerror` (the
    // page says so; a session worker drops the helper and solves its
    // share itself).
    setTimeout(() => {
      throw error;
    });
  },
);
