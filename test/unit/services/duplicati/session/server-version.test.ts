import { describe, expect, it } from 'vitest';
import { isSupportedVersion } from '../../../../../electron/services/duplicati/session/server-version';

describe('isSupportedVersion', () => {
  it('accepts 2.1 and later', () => {
    expect(['2.1.0.5', '2.2.1.0', '2.3.0.4', '3.0', 'canary'].map(isSupportedVersion)).toEqual([true, true, true, true, true]);
    expect(['2.0.8.1', '1.3.4'].map(isSupportedVersion)).toEqual([false, false]);
  });
});
