/** What the Duplicati service needs from the rest of the app, as small ports. */

/** One AuthID the app holds, as the vault lists it (metadata only). */
export interface HeldAuthId {
  readonly id: string;
  readonly label: string;
  readonly provider: string;
  readonly serverBaseUrl: string;
  /** The vault's health; 'needs-reauthorization' and 'revoked' put backups at risk. */
  readonly health: string;
  /** 'available' when `readSecret` can return it. */
  readonly secret: string;
}

/** The vault, seen from here: the service reads plaintext only to compare and to send to Duplicati. */
export interface HeldAuthIds {
  list(): readonly HeldAuthId[];
  readSecret(id: string): Promise<string>;
}
