/** The message an embed page posts to its parent whenever its content height changes. */
export interface HeightMessage {
  type: 'backprop-elements:height';
  height: number;
}

/**
 * Tells the parent frame the page's height whenever it changes, so an iframe can fit its content.
 * Heights are whole pixels and posted only when they change, so a parent that resizes the iframe
 * in response cannot start a resize loop. Returns a function that stops reporting.
 */
export function reportHeightToParent(target: Element = document.documentElement): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(target.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: 'backprop-elements:height', height };
    // The height is not secret and the embedding page's origin is unknown, hence '*'.
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(target);
  post();
  return () => observer.disconnect();
}
