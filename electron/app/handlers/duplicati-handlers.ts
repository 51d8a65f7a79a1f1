/** The Duplicati connection: sign in and out, look at the backups, update them with a new AuthID, Undo. */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { DuplicatiResult } from '../../services/duplicati';
import type { DuplicatiWindow } from '../duplicati-window';

type DuplicatiHandlers = Pick<
  RequestHandlers,
  | 'getDuplicati'
  | 'connectDuplicati'
  | 'disconnectDuplicati'
  | 'forgetDuplicatiPassword'
  | 'scanDuplicati'
  | 'planDuplicatiUpdate'
  | 'applyDuplicatiUpdate'
  | 'undoDuplicatiUpdate'
>;

/** The service's failure messages are written for the window and never hold a secret. */
function valueOf<T>(result: DuplicatiResult<T>): T {
  if (!result.ok) throw new UserFacingError(`duplicati-${result.failure.kind}`, result.failure.message);
  return result.value;
}

export function duplicatiHandlers(duplicati: DuplicatiWindow | undefined): DuplicatiHandlers {
  const use = (): DuplicatiWindow => {
    if (duplicati === undefined) throw new UserFacingError('duplicati-unavailable', 'This copy of AuthID Manager cannot connect to Duplicati.');
    return duplicati;
  };
  return {
    getDuplicati: async () => use().state(),
    connectDuplicati: async ({ baseUrl, password, rememberPassword }) => {
      const { service, scan } = use();
      const connected = await service.connect({ baseUrl, password, rememberPassword });
      // Looking changes nothing in Duplicati; the window follows it through duplicatiChanged.
      if (connected.ok) void scan();
      return service.status();
    },
    disconnectDuplicati: async () => {
      const { service } = use();
      await service.disconnect();
      return service.status();
    },
    forgetDuplicatiPassword: async () => {
      const { service } = use();
      await service.forgetPassword();
      return service.status();
    },
    scanDuplicati: async () => valueOf(await use().scan()),
    planDuplicatiUpdate: async ({ id, backupIds }) =>
      valueOf(await use().service.planUpdate({ recordId: id, ...(backupIds === undefined ? {} : { backupIds }) })),
    applyDuplicatiUpdate: async ({ planId, backupIds }) => valueOf(await use().service.applyUpdate(planId, backupIds)),
    undoDuplicatiUpdate: async ({ undoId }) => valueOf(await use().service.undo(undoId)),
  };
}
