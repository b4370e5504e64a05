/** The message an embed page posts to its parent whenever its content height changes. */
export interface HeightMessage {
  type: 'backprop-elements:height';
  height: number;
}

/**
 * The same height in the form Canvas (and other LTI hosts) listen for: Canvas resizes a child
 * frame only on `{ subject: 'lti.frameResize', height }`.
 */
export interface LtiFrameResizeMessage {
  subject: 'lti.frameResize';
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
    const generic: HeightMessage = { type: 'backprop-elements:height', height };
    const lti: LtiFrameResizeMessage = { subject: 'lti.frameResize', height };
    // The height is not secret and the embedding page's origin is unknown (a sandboxed frame
    // cannot even name its own), hence '*'.
    window.parent.postMessage(generic, '*');
    window.parent.postMessage(lti, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(target);
  post();
  return () => observer.disconnect();
}
