/**
 * pCloud's region host is a destination's own field (`host`). Before vault format 1.1.0 it rode
 * in the destination's options as a pretend option named "host" and was stripped out again
 * when the URL was built; stored destinations and export files of that time still carry it so.
 */
import type { DocumentMigration } from '../document-store';

const OLD_HOST_OPTION = 'host';

/** What the move needs of a destination (kept here, so the vault's format can use it without a cycle). */
interface HostedDestination {
  readonly options: Readonly<Record<string, string>>;
  readonly host?: string;
}

/** A pCloud destination with the old pretend option turned into its host field; anything else as it is. */
export function withPcloudHostField<D extends HostedDestination>(provider: string, destination: D): D {
  if (provider !== 'pcloud' || !Object.hasOwn(destination.options, OLD_HOST_OPTION)) return destination;
  const { [OLD_HOST_OPTION]: host, ...options } = destination.options;
  const kept = destination.host ?? host;
  return { ...destination, options, ...(kept === undefined || kept === '' ? {} : { host: kept }) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function migrateRecord(record: unknown): unknown {
  if (!isObject(record) || record.provider !== 'pcloud' || !Array.isArray(record.destinations)) return record;
  // The schema checks every field after the migration; here only the shape the move needs.
  const destinations = record.destinations.map((d: unknown) => (isObject(d) && isObject(d.options) ? withPcloudHostField('pcloud', d as unknown as HostedDestination) : d));
  return { ...record, destinations };
}

/** Vault format 1.1.0: pCloud destinations' pretend "host" option becomes their host field. */
export const pcloudHostMigration: DocumentMigration = (document) => {
  const records = document.get('records');
  if (Array.isArray(records)) document.set('records', records.map(migrateRecord));
};
