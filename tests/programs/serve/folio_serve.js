// `folio serve` for the browser tests: started with `--port 0`, so that no other program can take
// the port between choosing and listening, and ready once it prints the address it serves on
// (after its first build). Its messages go on to the test's stderr.
'use strict';
const { spawn } = require('child_process');

const ADDRESS = /^folio serve: (http:\/\/\S+?)\/? serves /m;

/// Starts `folio serve ARGS --port 0`; resolves to { origin, stop } once it serves, where
/// `origin` is `http://127.0.0.1:PORT` and stop() sends SIGTERM and resolves to the exit status.
/// Rejects when folio exits first or prints no address within `seconds`.
function startServe(folio, args, seconds = 120) {
  const server = spawn(folio, ['serve', ...args, '--port', '0'], { stdio: ['ignore', 'inherit', 'pipe'] });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve(code ?? signal)));
  const stop = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`folio serve printed no address within ${seconds} s`));
    }, seconds * 1000);
    server.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      if (printed === null) return;
      printed += chunk.toString();
      const found = ADDRESS.exec(printed);
      if (found) {
        printed = null;
        clearTimeout(timer);
        resolve({ origin: found[1], stop });
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`folio serve exited with ${code} before serving`));
    });
  });
}

module.exports = { startServe };
