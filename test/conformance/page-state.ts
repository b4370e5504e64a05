import { emulateMedia, executeServerCommand, resetMouse } from '@web/test-runner-commands';

/**
 * Puts back what the accessibility tests change for the whole page (a held mouse button, the
 * colour scheme, reduced motion, print media), so no test sees the one before it.
 */
export async function resetPageState(): Promise<void> {
  await resetMouse();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await emulateMedia({ media: 'screen' });
}

/**
 * Makes this test file's tab the visible one. Test files run two at a time in one browser; a
 * background tab gets no animation frames and no focus events, which keyboard tests and settle()
 * need. The project's runner provides the command (scripts/wtr-distribution.mjs); use it as a
 * root `beforeEach` so it covers every test in the file.
 */
export async function bringToFront(): Promise<void> {
  await executeServerCommand('bring-to-front');
}
