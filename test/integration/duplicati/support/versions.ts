/** The Duplicati versions every journey runs against (2.2.0.3: the last version that does not mask). */
export const VERSIONS = ['2.1.0.5', '2.2.0.3', '2.2.1.0', '2.3.0.4'] as const;

export const MASKING_VERSIONS = ['2.2.1.0', '2.3.0.4'] as const;
