// Runs a WASI preview 1 command module under Node's node:wasi.
//
// Usage: node run-wasi.mjs MODULE.wasm [ARGS...]
//
// The module must export its memory as "memory" and a "_start" function (a WASI command).
// argv is [MODULE.wasm, ARGS...]; the environment is passed through; "/" and "." are preopened.
// stdin/stdout/stderr are this process's. The exit status is the one given to proc_exit (0 when
// _start returns); a trap prints "wasm trap: MESSAGE" on stderr and exits with 134, as wasmtime does.
process.removeAllListeners('warning'); // node:wasi prints an ExperimentalWarning otherwise

const { readFile } = await import('node:fs/promises');
const { WASI } = await import('node:wasi');

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node run-wasi.mjs MODULE.wasm [ARGS...]\n');
  process.exit(2);
}

const wasi = new WASI({
  version: 'preview1',
  args: [file, ...args],
  env: process.env,
  preopens: { '/': '/', '.': process.cwd() },
  // proc_exit ends this process at once with its status (output is already written: fd_write is synchronous).
  // returnOnExit: true would unwind the wasm stack with a JS exception instead, which crashes node 20's V8 in
  // HandlerTable::LookupRange after long runs (segfault, status 139; seen with examples/python/wordcount.py).
  returnOnExit: false,
});

let code;
try {
  const module = await WebAssembly.compile(await readFile(file));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  code = wasi.start(instance);
} catch (e) {
  process.stderr.write(`wasm trap: ${e && e.message ? e.message : e}\n`);
  code = 134;
}
process.exitCode = code ?? 0; // _start returned without calling proc_exit
