/**
 * What a Duplicati release can do with secret references, from its version number
 * ("2.1.0.5_stable_2025-03-04", "2.2.0.0", "v2.1.0.120-2.1.0.120_canary_2025-05-08").
 */
export type VersionParts = readonly [number, number, number, number];

export interface DuplicatiVersion {
  readonly parts: VersionParts;
  /** As the user or the server gave it, for messages. */
  readonly text: string;
}

/** The first canary with secret providers; the first stable with them is 2.1.0.4. */
const FIRST_WITH_PROVIDERS: VersionParts = [2, 0, 9, 109];
/** `-` joined `\w` and `/` in the default name pattern here (stable: 2.2.0.0). */
const FIRST_WITH_DASH: VersionParts = [2, 1, 0, 120];

export function parseDuplicatiVersion(text: string): DuplicatiVersion | null {
  const match = /(\d+)\.(\d+)\.(\d+)\.(\d+)/.exec(text);
  if (match === null) return null;
  const [major, minor, patch, build] = match.slice(1).map(Number) as [number, number, number, number];
  return { parts: [major, minor, patch, build], text: text.trim() };
}

function atLeast(version: DuplicatiVersion, floor: VersionParts): boolean {
  for (let i = 0; i < 4; i += 1) {
    if (version.parts[i] !== floor[i]) return version.parts[i]! > floor[i]!;
  }
  return true;
}

/** null when the version is unknown. */
export function supportsSecretProviders(version: DuplicatiVersion | null): boolean | null {
  return version === null ? null : atLeast(version, FIRST_WITH_PROVIDERS);
}

export interface SecretNameRules {
  /** Whether Duplicati's default pattern accepts `-` in names. */
  readonly allowsDash: boolean;
  /** The Duplicati version the rules are for, or null when unknown (then only what every release accepts). */
  readonly version: string | null;
}

export function secretNameRules(version: DuplicatiVersion | null): SecretNameRules {
  return { allowsDash: version !== null && atLeast(version, FIRST_WITH_DASH), version: version?.text ?? null };
}
