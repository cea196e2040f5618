// Runs a WASI preview 1 command module under Node's node:wasi.
//
// Usage: node run-wasi.mjs MODULE.wasm [ARGS...]
//
// The module must export its memory as "memory" and a "_start" function (a WASI command).
// argv is [MODULE.wasm, ARGS...]; the environment is passed through; "/" and "." are preopened.
// stdin/stdout/stderr are this process's. The exit status is the one given to proc_exit (0 when
// _start returns); a trap prints "wasm trap: MESSAGE" on stderr and exits with 134, as wasmtime does.
process.removeAllListeners('warning'); // node:wasi prints an ExperimentalWarning otherwise

// proc_exit unwinds the wasm stack with a JS exception (returnOnExit). After a long run V8 may have flushed the
// bytecode of this module's top-level code, still on the stack below _start, and the unwinding then crashes in
// HandlerTable::LookupRange (node 20: a segfault, status 139). Keep bytecode.
(await import('node:v8')).setFlagsFromString('--no-flush-bytecode');

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
  returnOnExit: true,
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
process.exitCode = code;
