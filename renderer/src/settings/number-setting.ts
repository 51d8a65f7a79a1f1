/** A whole number within bounds, or the reason it is not one. */
export function parseWholeNumber(text: string, min: number, max: number, what: string): { value: number } | { problem: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: `${what} must be a whole number.` };
  const value = Number(trimmed);
  if (value < min || value > max) return { problem: `${what} must be between ${min} and ${max}.` };
  return { value };
}
