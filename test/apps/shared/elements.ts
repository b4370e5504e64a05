/**
 * Every element the apps render: one file per element in test/apps/elements/, read in by Vite
 * when an app is built, so a new element's file is all the apps need.
 */
import type { AppElement } from './states.ts';

export const ELEMENTS: AppElement[] = Object.values(
  import.meta.glob<AppElement>('../elements/*.ts', { eager: true }),
);
