import { describe, expect, it } from 'vitest';
import { hasTrayHost, parseNameHasOwnerReply } from '../../../../electron/services/tray/tray-host';

describe('hasTrayHost', () => {
  it('assumes a tray on macOS and Windows', () => {
    expect(hasTrayHost('darwin', {}, undefined)).toBe(true);
    expect(hasTrayHost('win32', {}, false)).toBe(true);
  });

  it('trusts a StatusNotifierWatcher on the bus, even on GNOME', () => {
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, true)).toBe(true);
  });

  it('without a watcher: none on GNOME or Wayland, an XEmbed tray on other X11 desktops', () => {
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'x11' }, false)).toBe(false);
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'sway', WAYLAND_DISPLAY: 'wayland-1' }, false)).toBe(false);
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'i3', XDG_SESSION_TYPE: 'x11' }, false)).toBe(true);
  });

  it('when the bus cannot be asked: plain GNOME has no tray, Ubuntu’s GNOME and other desktops do', () => {
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, undefined)).toBe(false);
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, undefined)).toBe(true);
    expect(hasTrayHost('linux', { XDG_CURRENT_DESKTOP: 'KDE' }, undefined)).toBe(true);
    expect(hasTrayHost('linux', {}, undefined)).toBe(true);
  });
});

describe('parseNameHasOwnerReply', () => {
  it('reads gdbus and dbus-send replies', () => {
    expect(parseNameHasOwnerReply('(true,)\n')).toBe(true);
    expect(parseNameHasOwnerReply('(false,)\n')).toBe(false);
    expect(parseNameHasOwnerReply('method return time=1.2 sender=org.freedesktop.DBus -> destination=:1.9 serial=3 reply_serial=2\n   boolean true\n')).toBe(true);
    expect(parseNameHasOwnerReply('   boolean false\n')).toBe(false);
    expect(parseNameHasOwnerReply('Error: something else')).toBeUndefined();
  });
});
