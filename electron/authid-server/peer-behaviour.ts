/**
 * What Duplicati's self-hosted server does that this server does not by default, because it
 * hands AuthIDs to any web page when the server runs on the user's own machine. Each flag
 * switches one behaviour back on; only stand-ins for that server (test fixtures) should.
 */
export interface PeerBehaviour {
  /** The logged-in page posts `authid:<AuthID>` to its opener with target `'*'`. */
  readonly postMessageToAnyOrigin?: boolean;
  /** `/fetch` wraps its answer as JSONP when `callback=` or `jsonp=` names a function. */
  readonly jsonp?: boolean;
  /** `/fetch` hands out a delivered AuthID until the entry expires, not only once. */
  readonly repeatableFetch?: boolean;
  /** Token registration, login starts, `/fetch` and form posts are accepted from any site. */
  readonly crossSiteRequests?: boolean;
}

/** The built-in server's own behaviour: none of the above. */
export const NO_PEER_BEHAVIOUR: Required<PeerBehaviour> = {
  postMessageToAnyOrigin: false,
  jsonp: false,
  repeatableFetch: false,
  crossSiteRequests: false,
};

/** Every documented behaviour of the self-hosted server, for fixtures that stand in for it. */
export const SELF_HOSTED_PEER_BEHAVIOUR: Required<PeerBehaviour> = {
  postMessageToAnyOrigin: true,
  jsonp: true,
  repeatableFetch: true,
  crossSiteRequests: true,
};
