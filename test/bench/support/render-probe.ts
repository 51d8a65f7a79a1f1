/**
 * In-page probe (an init script, so it runs before the page's own code): records when the
 * first frame showing `selector` has been rendered, as ms since the navigation started.
 * Playwright ships the function's source to the page, so it holds no named inner functions
 * (tsx would wrap those in a `__name` helper the page does not have).
 */
export interface RenderProbeWindow {
  __benchRenderedAt?: number;
}

export function installRenderProbe(selector: string): void {
  const probe = window as unknown as RenderProbeWindow;
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector) === null) return;
    observer.disconnect();
    // rAF runs just before the frame is drawn; a message posted from it lands just after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.__benchRenderedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}
