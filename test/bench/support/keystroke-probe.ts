/**
 * In-page probe: for each keystroke, ms from the keydown event to just after the frame that
 * shows its result. React flushes a keystroke's state update in a microtask right after the
 * event, so the first frame after the `input` event is the one with the filtered list.
 * Self-contained for Playwright, with no named inner functions (see render-probe.ts). Calling it
 * again starts a new list of samples; the listeners are added once per page load.
 */
export interface KeystrokeProbeWindow {
  __benchKeystrokes?: number[];
  __benchKeystrokeProbe?: true;
}

export function installKeystrokeProbe(): void {
  const probe = window as unknown as KeystrokeProbeWindow;
  probe.__benchKeystrokes = [];
  if (probe.__benchKeystrokeProbe) return;
  probe.__benchKeystrokeProbe = true;
  let keydownAt: number | undefined;
  window.addEventListener('keydown', (event) => {
    keydownAt = event.timeStamp;
  }, true);
  window.addEventListener('input', () => {
    const started = keydownAt;
    keydownAt = undefined;
    if (started === undefined) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.__benchKeystrokes?.push(performance.now() - started);
      channel.port2.postMessage(null);
    });
  });
}
