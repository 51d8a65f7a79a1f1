/** The messages between the bench and its server process (node IPC, structured clone). */
export interface HostRequest {
  readonly id: number;
  readonly command: string;
  readonly args: readonly unknown[];
}

export type HostReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** Sent once the host has loaded and listens for commands. */
export const HOST_READY = 'bench-server-host-ready';
