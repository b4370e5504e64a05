/**
 * Waits until an element shows what it was last told: a task (so a `lang` change on an ancestor
 * has been seen), its update, one animation frame (for work it defers to the next frame), and the
 * update that frame may have asked for. Every element test waits this one way.
 */
export async function settle(element: Element): Promise<void> {
  const updated = (): Promise<unknown> | undefined =>
    (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await updated();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await updated();
}
