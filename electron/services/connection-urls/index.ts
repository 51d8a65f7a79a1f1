// Duplicati connection URLs: build, parse, preview (masked) and lint them, and the URL rules' version.
export { buildConnectionUrl, type ConnectionUrlInput } from './connection-url-build';
export { lintConnectionUrl } from './connection-url-lint';
export { parseConnectionUrl } from './connection-url-parse';
export { maskConnectionUrl, previewConnectionUrl } from './connection-url-preview';
export type { LintCode, LintFinding, LintFindingView, TextEdit } from './lint-finding';
export { readOauthUrl } from './oauth-url';
export { splitRawUrl } from './raw-url-parts';
export { URL_RULES_VERSION, urlRulesChange } from './url-rules-change';
