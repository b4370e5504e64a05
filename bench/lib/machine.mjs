// What the figures were measured on: printed at the top of every bench so numbers never travel alone.
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release);
    if (pretty) return `${pretty[1]} (${os.platform()} ${os.release()})`;
  } catch {
    // not Linux: fall through
  }
  return `${os.platform()} ${os.release()}`;
}

export function packageVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return 'not installed';
  }
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: osName(),
    node: process.version,
    'load average (1, 5, 15 min)': os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', '),
  };
}

export function describeMachine(extra = {}) {
  const info = { ...machineInfo(), ...extra };
  return Object.entries(info)
    .map(([key, value]) => `- ${key}: ${value}`)
    .join('\n');
}
