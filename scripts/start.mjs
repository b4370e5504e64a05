// `npm start`: Vite's dev server (vite.config.ts: the lesson, the element pages, the builder), run
// inside this process rather than as a child, and stopped with it.
//
// npm runs a script through a shell (`sh -c …`), and when npm itself is stopped it signals only
// that shell, which exits without passing the signal on: a `vite` started by the shell lived on,
// holding its port. So this process closes the server on SIGINT, SIGTERM and SIGHUP, and also
// when the process that started it (the shell, or npm above it) is gone, which it checks once a
// second.
import { existsSync, readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';
import { createServer } from 'vite';

/** The process that started this one and, where the system says (Linux), the one above it. */
function ancestors() {
  const parent = process.ppid;
  const found = [parent];
  const stat = `/proc/${parent}/stat`;
  if (existsSync(stat)) {
    // "pid (name) state ppid …": the name may hold spaces, so read after its closing parenthesis.
    const text = readFileSync(stat, 'utf8');
    const grandparent = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
    if (grandparent > 1) found.push(grandparent);
  }
  return found;
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return error.code === 'EPERM';
  }
}

const watched = ancestors();
const startedBy = process.ppid;
const server = await createServer();
let closing = false;

async function stop(reason) {
  if (closing) return;
  closing = true;
  clearInterval(watch);
  if (reason) console.log(`\nstart: ${reason}; closing the dev server`);
  await server.close().catch(() => {});
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => void stop());
}
const watch = setInterval(() => {
  if (process.ppid !== startedBy || !watched.every(isRunning)) {
    void stop('the process that started it has stopped');
  }
}, 1000);
watch.unref();

await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
