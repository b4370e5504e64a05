import { emulateMedia, resetMouse } from '@web/test-runner-commands';

/**
 * Puts back what the accessibility tests change for the whole page (a held mouse button, the
 * colour scheme, reduced motion, print media), so no test sees the one before it.
 */
export async function resetPageState(): Promise<void> {
  await resetMouse();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await emulateMedia({ media: 'screen' });
}
