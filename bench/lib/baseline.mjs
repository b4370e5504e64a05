// `npm run bench -- --compare <ref>`: the code at another commit, checked out beside this one so
// the browser benches can measure both in the same run and report the ratio. The checkout is a
// temporary git worktree in the system's temporary folder (outside the project, so no tool of the
// project sees it), detached at the commit, and removed again when the run ends.
// It shares this checkout's node_modules when package-lock.json is the same at both commits
// (a symbolic link), and runs `npm ci` in it otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(command, args, cwd, { quiet = true } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${(result.stderr ?? '').trim()}`);
  }
  return (result.stdout ?? '').trim();
}

const git = (...args) => run('git', args, PROJECT_ROOT);

/** The commit `ref` names, its short hash and subject, for the tables' headings. */
export function describeRef(ref) {
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const subject = git('log', '-1', '--format=%s', sha);
  return { ref, sha, short: sha.slice(0, 7), subject };
}

/**
 * Checks out `ref` in a temporary worktree. With `build`, also runs `npm run build:dist` there
 * (for the bundle bench). Returns the commit, the checkout's root and `remove()`.
 */
export function checkoutBaseline(ref, { build = false } = {}) {
  const commit = describeRef(ref);
  const root = mkdtempSync(join(tmpdir(), `backprop-bench-${commit.short}-`));
  rmSync(root, { recursive: true, force: true }); // git worktree add wants to create it
  git('worktree', 'add', '--detach', root, commit.sha);
  const remove = () => {
    try {
      git('worktree', 'remove', '--force', root);
    } catch {
      rmSync(root, { recursive: true, force: true });
      git('worktree', 'prune');
    }
  };
  try {
    const lock = (dir) => readFileSync(join(dir, 'package-lock.json'), 'utf8');
    if (existsSync(join(root, 'package-lock.json')) && lock(root) === lock(PROJECT_ROOT)) {
      symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    } else {
      console.error(`  baseline ${commit.short}: package-lock.json differs, running npm ci there`);
      run('npm', ['ci', '--no-audit', '--no-fund'], root, { quiet: false });
    }
    if (build) {
      console.error(`  baseline ${commit.short}: npm run build:dist`);
      run('npm', ['run', 'build:dist'], root);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { ...commit, root, remove };
}

/**
 * The baseline a bench was asked for on its command line: `--baseline-root <dir>` (a checkout
 * bench/run.mjs made for all the benches, with `--baseline-label`), or `--compare <ref>` (this
 * bench alone: it checks the commit out and removes it on `remove()`). Null when neither.
 */
export function baselineFromArgs(argv, { build = false } = {}) {
  const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const root = value('--baseline-root');
  if (root) {
    return { root, short: value('--baseline-label') ?? 'baseline', remove: () => {} };
  }
  const ref = value('--compare');
  return ref ? checkoutBaseline(ref, { build }) : null;
}
