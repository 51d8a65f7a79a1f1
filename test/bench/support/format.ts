/** Human-readable figures for the table; the JSON carries the same strings. */
export function ms(value: number): string {
  if (value >= 1000) return seconds(value);
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}
export const seconds = (valueMs: number): string => `${(valueMs / 1000).toFixed(2)} s`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
export const perSecond = (value: number): string => `${Math.round(value).toLocaleString('en-US')} req/s`;
