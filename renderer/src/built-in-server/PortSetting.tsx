import { authids } from '../api/authids-client';
import type { BuiltInServerView } from '../api/view-types';
import { NumberSetting } from '../settings/NumberSetting';

const MIN_PORT = 1024;
const MAX_PORT = 65_535;

/** Saved when the field is left, like every other setting on the Settings screen. */
export function PortSetting({ port, onSaved }: { port: number; onSaved: (view: BuiltInServerView) => void }) {
  return (
    <NumberSetting
      label="Port"
      help={`The server listens on 127.0.0.1 at this port (${MIN_PORT}–${MAX_PORT}). Providers that match the redirect URI exactly need it registered again after a change.`}
      value={port}
      min={MIN_PORT}
      max={MAX_PORT}
      what="The port"
      onSave={async (value) => onSaved(await authids().setBuiltInServer({ port: value }))}
    />
  );
}
