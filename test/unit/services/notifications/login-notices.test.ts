import { describe, expect, it } from 'vitest';
import { loginFailedNotice, loginSucceededNotice } from '../../../../electron/services/notifications/login-notices';

describe('login notices', () => {
  it('tells which provider signed in and under what name', () => {
    let clicked = 0;
    const notice = loginSucceededNotice({ providerName: 'Dropbox', label: 'Family photos', onClick: () => (clicked += 1) });
    expect(notice).toMatchObject({ title: 'Signed in to Dropbox', body: 'Saved as “Family photos”. Copy its connection URL from the tray menu.' });
    notice.onClick?.();
    expect(clicked).toBe(1);
  });

  it('passes the failure message on, without secrets and without running on forever', () => {
    const notice = loginFailedNotice({ providerName: 'Box', message: `The server answered with authid=v2:x.y:TOPSECRET. ${'More. '.repeat(100)}` });
    expect(notice.title).toBe('Box sign-in failed');
    expect(notice.body).not.toContain('TOPSECRET');
    expect(notice.body.length).toBeLessThanOrEqual(240);
    expect(notice.onClick).toBeUndefined();
  });
});
