/**
 * The security checklist every BrowserWindow must carry, written out once for the tests that
 * assert it literally (the product code spells it out per window, where a scanner can see it).
 */
export const WINDOW_CHECKLIST = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const;
