/**
 * The bench's servers in a child process of their own, on loopback: the bench process then holds
 * only what the app runs, and the servers' CPU work shows up in their process, not the app's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HostCommands } from './host-commands';
import { HOST_READY, type HostReply, type HostRequest } from './host-protocol';

const HOST_ENTRY = fileURLToPath(new URL('./server-host.ts', import.meta.url));
const EXIT_WAIT_MS = 5_000;

type Command = keyof HostCommands;

export interface ServerProcess {
  call<K extends Command>(command: K, ...args: Parameters<HostCommands[K]>): Promise<Awaited<ReturnType<HostCommands[K]>>>;
  /** Closes every server, then the process. */
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export async function startServerProcess(): Promise<ServerProcess> {
  // tsx runs the TypeScript host as `npm run bench` runs the bench; the advanced serialization keeps undefined and nested data as they are.
  const child = fork(HOST_ENTRY, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const gone = exited(child);
  void gone.then(() => {
    for (const { reject } of waiting.values()) reject(new Error('the bench server process ended'));
    waiting.clear();
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) => (message === HOST_READY ? resolve() : reject(new Error('the bench server process did not start'))));
    void gone.then(() => reject(new Error('the bench server process ended while starting')));
  });
  child.on('message', (message: HostReply) => {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.ok) pending?.resolve(message.value);
    else pending?.reject(new Error(message.message));
  });

  return {
    call: (command, ...args) =>
      new Promise((resolve, reject) => {
        if (!child.connected) throw new Error('the bench server process has ended');
        const id = (nextId += 1);
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, command, args } satisfies HostRequest);
      }),
    close: async () => {
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill(), EXIT_WAIT_MS);
      await gone;
      clearTimeout(timer);
    },
  };
}
