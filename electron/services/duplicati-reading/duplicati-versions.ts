/**
 * The Duplicati releases whose URL reading differs, and how. Everything else the module reads
 * is the same from 2.1 to master (August 2026).
 */
import type { PercentUEscapes } from './url-decode';

export type DuplicatiVersion = 'master' | '2.3-stable' | '2.1';

export interface VersionRules {
  readonly label: string;
  readonly percentU: PercentUEscapes;
  readonly decodesHostAndPath: boolean;
  readonly windowsFileUrls: boolean;
  /** How pCloud reads its URL: System.Uri (master), the relaxed parser, or no pCloud backend yet. */
  readonly pcloud: 'system-uri' | 'relaxed-uri' | 'absent';
  /** An `oauth-url` this blank means the default server: 2.1 also treats spaces as blank. */
  readonly blankRefreshUrl: 'empty' | 'whitespace';
  /** Since 2.2 the `DUPLICATI_OAUTH_SERVICE` environment variable replaces the default server. */
  readonly environmentDefault: boolean;
}

export const VERSION_RULES: Readonly<Record<DuplicatiVersion, VersionRules>> = {
  master: {
    label: 'Duplicati 2.3.0.109 canary and later',
    percentU: 'code-unit',
    decodesHostAndPath: true,
    windowsFileUrls: true,
    pcloud: 'system-uri',
    blankRefreshUrl: 'empty',
    environmentDefault: true,
  },
  '2.3-stable': {
    label: 'Duplicati 2.2 to 2.3.0.4 stable and 2.3.1.0 beta',
    percentU: 'two-bytes',
    decodesHostAndPath: true,
    windowsFileUrls: false,
    pcloud: 'relaxed-uri',
    blankRefreshUrl: 'empty',
    environmentDefault: true,
  },
  '2.1': {
    label: 'Duplicati 2.1',
    percentU: 'two-bytes',
    decodesHostAndPath: false,
    windowsFileUrls: false,
    pcloud: 'absent',
    blankRefreshUrl: 'whitespace',
    environmentDefault: false,
  },
};
