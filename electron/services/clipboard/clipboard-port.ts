/** The system clipboard, as plain text (Electron's clipboard in the app). */
export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}
