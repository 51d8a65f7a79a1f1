/**
 * Milliseconds since the epoch with sub-millisecond resolution, comparable across the bench,
 * the server process and Chromium (each adds its monotonic clock to its own time origin).
 */
export const epochNow = (): number => performance.timeOrigin + performance.now();
