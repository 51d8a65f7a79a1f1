// electronegativity over the built app (out/), with every remaining finding either fixed or
// justified below. A justification names the exact place the finding comes from (source file and
// the functions around it, through the build's source maps) and covers exactly one finding there:
// a new call site that looks the same, elsewhere or beside it, fails until it is reviewed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppOnce, repoRoot } from './built-app';
import { scan, type Finding, type ScanResult } from './electronegativity';
import { placeOf } from './finding-place';

interface Justification {
  readonly id: string;
  /** The source file and the named functions and properties around the flagged code. */
  readonly at: string;
  readonly why: string;
  /** Extra facts about the flagged code that must still hold. */
  readonly holds?: (finding: Finding) => boolean;
}

const JUSTIFIED: readonly Justification[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    at: 'renderer/index.html',
    why: "The only caveat the CSP evaluator raises is script-src 'self', a risk where 'self' hosts JSONP or user uploads; 'self' here is app://authid-manager, which serves only the built renderer folder (app-protocol.ts). Main sends the same policy as a header.",
    holds: (finding) => finding.sample !== undefined && !/unsafe-|\*|https?:|file:/.test(finding.sample) && /script-src 'self'/.test(finding.sample),
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    at: 'electron/app/handlers/settings-handlers.ts › settingsHandlers › openExternal',
    why: 'The IPC request from the window: the URL is parsed and anything but https: is refused just before this call.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    at: 'electron/adapters/main-window.ts › createMainWindow › create › setWindowOpenHandler(…)',
    why: 'window.open from the app page: only targets starting with https:// are handed on; every window.open is denied.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    at: 'electron/main.ts › start › mainWindow › openExternal',
    why: "Wires shell.openExternal into the main window's window.open handler above, which passes https:// only.",
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    at: 'electron/main.ts › start › core › browser › open',
    why: "The app core's browser port: the https-only openExternal handler above, and the login fallback, which opens the login page of a server the user trusts (authid-recipient.ts).",
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    at: 'renderer/src/common/ExternalLinkButton.tsx › ExternalLinkButton › open › useAction(…)',
    why: "window.authids.openExternal is an IPC request (the sandboxed renderer has no shell); main's handler decides.",
  },
];

/** What does not add up: findings no justification covers, and justifications that do not cover exactly one finding. */
function unjustified(findings: readonly { readonly finding: Finding; readonly at: string }[], justified: readonly Justification[]): string[] {
  const problems: string[] = [];
  for (const { finding, at } of findings) {
    const covering = justified.filter((j) => j.id === finding.id && j.at === at && (j.holds?.(finding) ?? true));
    if (covering.length === 0) problems.push(`${finding.id} at ${at} (${finding.file}:${finding.location.line}:${finding.location.column})\n  ${finding.description}`);
  }
  for (const j of justified) {
    const count = findings.filter(({ finding, at }) => finding.id === j.id && at === j.at).length;
    if (count !== 1) problems.push(`${j.id} at ${j.at} is justified for one finding, and there ${count === 0 ? 'is none (remove it)' : `are ${count}`}`);
  }
  return problems;
}

let result: ScanResult;
let out: string;

beforeAll(async () => {
  out = await buildAppOnce();
  result = await scan(out);
}, 180_000);

const placed = () => result.issues.map((finding) => ({ finding, at: placeOf(finding, out, repoRoot) }));

describe('electronegativity over the built app', () => {
  it('loads its checks and parses every built file', () => {
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.globalChecks).toBeGreaterThan(3);
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
  });

  it('reports nothing that is not justified at its exact place, and every justification covers exactly one finding', () => {
    expect(unjustified(placed(), JUSTIFIED)).toEqual([]);
  });

  it('does not cover a look-alike call site, beside a justified one or in another function', () => {
    const real = placed();
    const openExternal = real.find(({ at }) => at.startsWith('electron/app/handlers/settings-handlers.ts'))!;
    expect(unjustified([...real, openExternal], JUSTIFIED)).toEqual([expect.stringContaining('are 2')]);
    expect(unjustified([...real, { ...openExternal, at: 'electron/app/handlers/settings-handlers.ts › settingsHandlers › testServer' }], JUSTIFIED)).toEqual([
      expect.stringMatching(/^OPEN_EXTERNAL_JS_CHECK at .* › testServer/),
    ]);
  });
});

describe('the scan itself', () => {
  let fixture: string;
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('flags a window with Node integration and no isolation (so a silent scanner cannot pass)', async () => {
    fixture = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-fixture-'));
    writeFileSync(
      path.join(fixture, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const ids = (await scan(fixture)).issues.map((finding) => finding.id);
    expect(ids).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });
});
