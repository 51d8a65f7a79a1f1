/**
 * The server process's entry (forked by server-process.ts): runs the bench's commands, so the
 * servers' work (scrypt, the OAuth provider) never shares the bench process with the app code
 * being measured. Ends when the bench disconnects.
 */
import { hostCommands } from './host-commands';
import { HOST_READY, type HostReply, type HostRequest } from './host-protocol';

const send = (message: HostReply | typeof HOST_READY): void => {
  process.send?.(message);
};

async function answer({ id, command, args }: HostRequest): Promise<void> {
  try {
    if (!Object.hasOwn(hostCommands, command)) throw new Error(`no command "${command}"`);
    const run = hostCommands[command as keyof typeof hostCommands] as (...values: readonly unknown[]) => unknown;
    send({ id, ok: true, value: await run(...args) });
  } catch (error) {
    send({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

process.on('message', (message: HostRequest) => void answer(message));
process.on('disconnect', () => {
  void hostCommands.closeAll().finally(() => process.exit());
});
send(HOST_READY);
