import { describe, expect, it  } from 'vitest';
import { isLoopbackHost, validateServerUrl } from '../../../../renderer/src/settings/validate-server-url';

describe('validateServerUrl', () => {
  it('accepts https anywhere and http on this computer, without a trailing slash', () => {
    expect(validateServerUrl(' https://oauth.example.com/ ')).toEqual({ ok: true, baseUrl: 'https://oauth.example.com' });
    expect(validateServerUrl('https://example.com/authid/')).toEqual({ ok: true, baseUrl: 'https://example.com/authid' });
    expect(validateServerUrl('http://127.0.0.1:8080')).toEqual({ ok: true, baseUrl: 'http://127.0.0.1:8080' });
    expect(validateServerUrl('http://localhost:3000/')).toEqual({ ok: true, baseUrl: 'http://localhost:3000' });
    expect(validateServerUrl('http://[::1]:8080')).toEqual({ ok: true, baseUrl: 'http://[::1]:8080' });
  });

  it.each([
    ['', "Enter the server's address"],
    ['oauth.example.com', 'That is not a web address'],
    ['ftp://oauth.example.com', 'starts with https://'],
    ['http://oauth.example.com', 'Plain http is allowed only for a server on this computer'],
    ['http://192.168.1.10', 'Plain http is allowed only'],
    ['http://127.0.0.1.evil.example', 'Plain http is allowed only'],
    ['https://user:pw@oauth.example.com', 'Leave the user name and password out'],
    ['https://oauth.example.com/?type=dropbox', 'Leave out anything after ? or #'],
  ])('refuses %j', (input, reason) => {
    const check = validateServerUrl(input);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toContain(reason);
  });

  it('loopback means 127.0.0.0/8, ::1 and localhost only', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '[::1]', 'app.localhost'].every(isLoopbackHost)).toBe(true);
    expect(['128.0.0.1', '10.0.0.1', 'localhost.example.com', '127.0.0.1.nip.io'].some(isLoopbackHost)).toBe(false);
  });
});
