// No test may reach past this machine (the network is off here, and such traffic is flagged):
// a fetch to anything but loopback fails at once, naming the address, instead of going out.
const realFetch = globalThis.fetch;
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/;

globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!LOOPBACK.test(url.hostname)) {
    return Promise.reject(new TypeError(`fetch failed: tests may only reach loopback, not ${url.host}`));
  }
  return realFetch(input, init);
};
