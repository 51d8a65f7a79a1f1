// Copying secrets: the clipboard port, and the guard that clears a copied secret after a delay unless the user copied something else since.
export { createClipboardGuard, type ClipboardGuard } from './clipboard-guard';
export type { ClipboardPort } from './clipboard-port';
