/** Duplicati's version as `/api/v1/systeminfo` reports it (`ServerVersion`, e.g. "2.3.0.4"). */
const MINIMUM = [2, 1];

function parseVersion(text: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  return match === null ? undefined : match.slice(1).filter((part) => part !== undefined).map(Number);
}

/** True for 2.1 and later; an unreadable version is given the benefit of the doubt. */
export function isSupportedVersion(text: string): boolean {
  const parts = parseVersion(text);
  if (parts === undefined) return true;
  for (let i = 0; i < MINIMUM.length; i += 1) {
    const have = parts[i] ?? 0;
    const need = MINIMUM[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
}
