import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../electron/services/autostart/app-identity';
import { readDesktopEntryGroup } from '../../../electron/services/autostart/desktop-entry';
import { loadBuilderConfig, repoRoot, schemaErrors } from './builder-config';

const shipped = loadBuilderConfig('electron-builder.yml');
const e2e = loadBuilderConfig('electron-builder.e2e.yml');
const section = (name: string): Record<string, unknown> => shipped[name] as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('matches the schema electron-builder ships', () => {
    expect(schemaErrors(shipped)).toEqual([]);
  });

  it('flips every security fuse, literally', () => {
    expect(shipped.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage + deb, a dmg without a Dock icon, and an NSIS installer', () => {
    expect(section('linux').target).toStrictEqual(['AppImage', 'deb']);
    expect(section('mac').target).toBe('dmg');
    expect(section('mac').extendInfo).toStrictEqual({ LSUIElement: true });
    expect(section('win').target).toBe('nsis');
  });

  it('uses the app id the autostart entry and AppUserModelId use', () => {
    expect(shipped.appId).toBe(APP_ID);
    expect(shipped.productName).toBe('AuthID Manager');
  });

  it('packages the file package.json "main" points at', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/main.js');
    const files = shipped.files as string[];
    expect(files.some((pattern) => pattern.endsWith('/**') && pkg.main.startsWith(pattern.slice(0, -2)))).toBe(true);
  });

  it('carries the fields of build/linux/io.github.authidmanager.desktop (the packager writes Exec and Icon)', () => {
    const wanted = readDesktopEntryGroup(readFileSync(path.join(repoRoot, 'build/linux/io.github.authidmanager.desktop'), 'utf8'));
    wanted.delete('Exec');
    wanted.delete('Icon');
    wanted.delete('Type');
    const desktop = section('linux').desktop as { entry: Record<string, string> };
    expect(desktop.entry).toStrictEqual(Object.fromEntries(wanted));
    expect(section('linux').executableName).toBe('authid-manager');
  });

  it('points at icons that exist and are big enough (1024 px: macOS needs 512, Windows 256)', () => {
    for (const platform of ['linux', 'mac', 'win']) {
      const png = readFileSync(path.join(repoRoot, section(platform).icon as string));
      expect(png.readUInt32BE(16), `${platform} icon width`).toBeGreaterThanOrEqual(1024);
    }
  });

  it('puts the tray icons where packaged main looks for them (process.resourcesPath/tray)', () => {
    expect(shipped.extraResources).toStrictEqual([{ from: 'assets/tray', to: 'tray' }]);
    for (const icon of ['linux/healthy.png', 'macos/healthyTemplate.png', 'windows/healthy.ico']) {
      expect(existsSync(path.join(repoRoot, 'assets/tray', icon)), icon).toBe(true);
    }
  });
});

describe('electron-builder.e2e.yml (test builds only)', () => {
  it('extends the shipped config and turns on only the --inspect fuse Playwright needs', () => {
    expect(schemaErrors(e2e)).toEqual([]);
    expect(e2e.extends).toBe('electron-builder.yml');
    expect(e2e.electronFuses).toStrictEqual({ enableNodeCliInspectArguments: true });
    expect((e2e.directories as { output: string }).output).not.toBe((shipped.directories as { output: string }).output);
  });
});

describe('the schema check itself', () => {
  it('rejects an unknown key, a misspelt fuse and a wrongly typed value', () => {
    expect(schemaErrors({ ...shipped, notAnOption: true })).toContain('/ must NOT have additional properties');
    expect(schemaErrors({ ...shipped, electronFuses: { runAsNod: false } }).join('\n')).toMatch(/^\/electronFuses must NOT have additional properties$/m);
    expect(schemaErrors({ ...shipped, nsis: { oneClick: 'sometimes' } })).not.toEqual([]);
  });
});
