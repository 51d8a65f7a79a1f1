// Starting at login: the app's identity, its launch command and hidden-start flag, and the XDG autostart file.
export { APP_ID, APP_NAME } from './app-identity';
export { HIDDEN_ARG, wantsHiddenStart } from './launch-args';
export { currentLaunchCommand, type LaunchCommand } from './launch-command';
export { createXdgAutostart, xdgAutostartDir } from './xdg-autostart';
