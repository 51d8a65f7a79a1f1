import { describe, expect, it } from 'vitest';
import {
  checkSecretName,
  deriveSecretName,
  parseDuplicatiVersion,
  secretNameRules,
  secretReference,
  supportsSecretProviders,
} from '../../../../electron/services/duplicati-secrets';

const modern = secretNameRules(parseDuplicatiVersion('2.2.0.0_stable_2025-10-01'));
const old = secretNameRules(parseDuplicatiVersion('2.1.0.5_stable_2025-03-04'));
const unknown = secretNameRules(null);

/** Duplicati's default pattern, `\$(?<key>(\w|_|-|/)+)` with .NET's `\w`, matched against the whole value. */
const DUPLICATI_PATTERN = /^\$[\p{L}\p{Mn}\p{Nd}\p{Pc}_\-/]+$/u;
const DUPLICATI_21_PATTERN = /^\$[\p{L}\p{Mn}\p{Nd}\p{Pc}_/]+$/u;

describe('Duplicati versions', () => {
  it.each([
    ['2.1.0.5_stable_2025-03-04', false],
    ['2.1.0.119_canary_2025-05-01', false],
    ['2.1.0.120_canary_2025-05-08', true],
    ['v2.2.0.0-2.2.0.0_stable_2025-10-01', true],
    ['2.3.0.4', true],
  ])('%s allows “-” in names: %s', (text, allowsDash) => {
    expect(secretNameRules(parseDuplicatiVersion(text)).allowsDash).toBe(allowsDash);
  });

  it('knows which releases resolve secret references at all', () => {
    expect(supportsSecretProviders(parseDuplicatiVersion('2.0.8.1_beta_2024-05-07'))).toBe(false);
    expect(supportsSecretProviders(parseDuplicatiVersion('2.0.9.109_canary_2024-11-01'))).toBe(true);
    expect(supportsSecretProviders(parseDuplicatiVersion('2.1.0.4_stable_2025-01-31'))).toBe(true);
    expect(supportsSecretProviders(null)).toBeNull();
    expect(parseDuplicatiVersion('latest')).toBeNull();
  });

  it('an unknown version gets only what every release accepts', () => {
    expect(unknown).toEqual({ allowsDash: false, version: null });
  });
});

describe('deriveSecretName', () => {
  it('makes a readable name from the label, as the release accepts it', () => {
    expect(deriveSecretName('Family photos', [], modern)).toBe('authid-family-photos');
    expect(deriveSecretName('Family photos', [], old)).toBe('authid_family_photos');
    expect(deriveSecretName('  Zürich — Büro (NAS) ', [], modern)).toBe('authid-zurich-buro-nas');
    expect(deriveSecretName('日本', [], modern)).toBe('authid');
  });

  it('is unique without regard to case, and avoids Duplicati’s own names', () => {
    const taken = ['AuthID-Family-Photos', 'authid-family-photos-2'];
    expect(deriveSecretName('Family photos', taken, modern)).toBe('authid-family-photos-3');
    expect(deriveSecretName('', ['authid'], old)).toBe('authid_2');
  });

  it('every derived name is a whole-value reference for that release', () => {
    const labels = ['OneDrive — Work', 'a/b', 'x'.repeat(300), '--', 'Ünïcødé ✓ 123', ''];
    for (const label of labels) {
      expect(secretReference(deriveSecretName(label, [], modern))).toMatch(DUPLICATI_PATTERN);
      expect(secretReference(deriveSecretName(label, [], old))).toMatch(DUPLICATI_21_PATTERN);
      expect(checkSecretName(deriveSecretName(label, [], old), [], old)).toEqual({ ok: true });
    }
  });
});

describe('checkSecretName', () => {
  it('accepts what the default pattern accepts', () => {
    expect(checkSecretName('authid-photos', [], modern)).toEqual({ ok: true });
    expect(checkSecretName('backups/onedrive_2', [], old)).toEqual({ ok: true });
    expect(checkSecretName('fotos_zürich', [], old)).toEqual({ ok: true });
  });

  it('explains “-” on releases that do not accept it', () => {
    expect(checkSecretName('authid-photos', [], old)).toEqual({
      ok: false,
      message: 'Duplicati 2.1.0.5_stable_2025-03-04 does not accept “-” in secret names; use “_” instead.',
    });
    expect(checkSecretName('authid-photos', [], unknown)).toMatchObject({ message: expect.stringMatching(/before 2\.1\.0\.120/) });
  });

  it.each(['my.onedrive', 'a:b', 'with space', '$x', 'emoji😀', 'tab\t'])('refuses “%s” and names the character', (name) => {
    const check = checkSecretName(name, [], modern);
    expect(check.ok).toBe(false);
    expect(check).toMatchObject({ message: expect.stringContaining('is not one of them') });
  });

  it('refuses names taken (in any case), Duplicati’s own, empty or overlong', () => {
    expect(checkSecretName('AUTHID_X', ['authid_x'], old)).toMatchObject({ ok: false, message: expect.stringMatching(/Another AuthID/) });
    expect(checkSecretName('Duplicati-Server-Encryption-Key', [], modern)).toMatchObject({ ok: false, message: expect.stringMatching(/Duplicati itself/) });
    expect(checkSecretName('', [], modern)).toMatchObject({ ok: false });
    expect(checkSecretName('a'.repeat(101), [], modern)).toMatchObject({ ok: false });
  });

  it('the reference text is `$` and the name', () => {
    expect(secretReference('authid-family-photos')).toBe('$authid-family-photos');
  });
});
