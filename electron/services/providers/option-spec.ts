/**
 * Descriptors for a Duplicati backend's URL options, rich enough to render a form and to check
 * a pasted URL. Field names match `ProviderOptionView` so the IPC layer can pass them through.
 */
export type OptionKind = 'text' | 'choice' | 'boolean' | 'number';

export interface OptionChoice {
  readonly value: string;
  readonly label: string;
}

export interface OptionSpec {
  /** The query key, as Duplicati spells it (Duplicati compares keys case-insensitively). */
  readonly name: string;
  readonly label: string;
  readonly help: string;
  readonly kind: OptionKind;
  readonly required: boolean;
  /** Options sharing a group name: at least one of them is required (Microsoft 365 Group). */
  readonly oneOfGroup?: string;
  /**
   * What Duplicati uses when the option is left out. A form shows it as a placeholder and leaves
   * the option out of the URL rather than writing the default in.
   */
  readonly defaultValue?: string;
  readonly choices?: readonly OptionChoice[];
  /** Numbers Duplicati accepts (it clamps or refuses others). */
  readonly range?: { readonly min: number; readonly max: number };
  /** Rarely needed; a form folds it away under "Advanced". */
  readonly advanced?: boolean;
  /** The value is a secret: the builder never writes it into a URL, and screens mask it. */
  readonly secret?: boolean;
}

// Duplicati's boolean parser accepts these; a bare key (empty value) means true.
const BOOLEAN_WORDS = new Set(['', 'true', 'false', '1', '0', 'on', 'off', 'yes', 'no']);

/** Why `value` does not suit `spec` (a short phrase for a lint message), or null when it does. */
export function describeBadOptionValue(spec: OptionSpec, value: string): string | null {
  switch (spec.kind) {
    case 'boolean':
      return BOOLEAN_WORDS.has(value.trim().toLowerCase()) ? null : 'is not true or false';
    case 'number': {
      if (!/^\d+$/.test(value.trim())) return 'is not a whole number, so Duplicati ignores it and uses its default';
      const number = Number(value.trim());
      if (spec.range !== undefined && (number < spec.range.min || number > spec.range.max)) {
        return `is outside ${spec.range.min} to ${spec.range.max}`;
      }
      return null;
    }
    case 'choice': {
      const known = spec.choices ?? [];
      return known.some((c) => c.value.toLowerCase() === value.trim().toLowerCase())
        ? null
        : `is not one of ${known.map((c) => c.value).join(', ')}`;
    }
    case 'text':
      return null;
  }
}
