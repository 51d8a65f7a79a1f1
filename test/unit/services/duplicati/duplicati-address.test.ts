import { describe, expect, it } from 'vitest';
import { duplicatiAddress } from '../../../../electron/services/duplicati/duplicati-address';

describe('duplicatiAddress', () => {
  it('normalizes the address: no trailing slash, path kept', () => {
    expect(duplicatiAddress(' http://localhost:8200/ ')).toEqual({ ok: true, baseUrl: 'http://localhost:8200' });
    expect(duplicatiAddress('https://nas.example/duplicati/')).toEqual({ ok: true, baseUrl: 'https://nas.example/duplicati' });
  });
});
