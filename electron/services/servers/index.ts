// AuthID servers: the hosted one, base URLs, loopback hosts, and which server may receive an AuthID.
export { mayReceiveAuthId } from './authid-recipient';
export { HOSTED_HANDLER, HOSTED_SERVICE, isDefaultServer, normalizeBaseUrl, type AuthIdServer, type ServerFlavour } from './known-servers';
export { isLoopbackHost } from './loopback';
export { serverFor } from './server-for';
