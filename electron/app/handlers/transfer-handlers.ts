/** Export, import and revoke-at-provider as one group for the app core. */
import type { RequestHandlers } from '../../ipc/contract';
import type { TRANSFER_REQUESTS } from '../../ipc/transfer-requests';
import type { AppContext } from '../app-context';
import { exportHandlers, type ExportHandlerOptions } from './export-handlers';
import { importHandlers, type ImportHandlerOptions } from './import-handlers';
import { providerRevokeHandler } from './provider-revoke-handler';

export type TransferOptions = ExportHandlerOptions & ImportHandlerOptions;

export function transferHandlers(context: AppContext, options: TransferOptions = {}): Pick<RequestHandlers, keyof typeof TRANSFER_REQUESTS> {
  return {
    ...exportHandlers(context, options),
    ...importHandlers(context, options),
    ...providerRevokeHandler(context),
  };
}
