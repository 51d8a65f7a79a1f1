/**
 * The native tray menu cannot be screenshotted here (no Electron), so its labels go into
 * docs/tray.md as text instead: between `<!-- tray-menu:NAME -->` and `<!-- /tray-menu -->`,
 * only when UPDATE_SCREENSHOTS=1, like the screenshots.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TrayMenuItem } from '../../../electron/services/tray/tray-menu-item';
import { menuText } from './real-tray';

const DOC = resolve('docs/tray.md');

export async function saveTrayMenu(name: string, items: readonly TrayMenuItem[], normalize: (text: string) => string = (text) => text): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const doc = await readFile(DOC, 'utf8');
  const start = `<!-- tray-menu:${name} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf('<!-- /tray-menu -->', from);
  if (from === -1 || to === -1) throw new Error(`docs/tray.md has no block for "${name}".`);
  const block = ['```text', ...menuText(items).map(normalize), '```', ''].join('\n');
  await writeFile(DOC, `${doc.slice(0, from + start.length)}\n${block}${doc.slice(to)}`);
}
