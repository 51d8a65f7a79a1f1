import type { AuthIdView } from '../api/view-types';
import { TimeText } from '../common/TimeText';

/** What each kind of AuthID means for the user: how it is stopped, not how it is built. */
const STOPS_WORKING: Readonly<Record<AuthIdView['kind'], string>> = {
  v1: 'When you revoke it here. The AuthID server keeps the login for it and forgets it on revoke.',
  v2: "Only when you remove the app's access at the provider. The AuthID carries the login itself, so no server can cancel it.",
  'access-token-only': 'When the provider’s token expires; it is never renewed, so log in again then.',
};

export function AuthIdFacts({ authId }: { authId: AuthIdView }) {
  return (
    <section className="detail-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">About this AuthID</h2>
      <dl className="detail-facts">
        <dt>Provider</dt>
        <dd>{authId.providerName}</dd>
        {authId.accountName ? (
          <>
            <dt>Account</dt>
            <dd className="break-anywhere">{authId.accountName}</dd>
          </>
        ) : null}
        {authId.region ? (
          <>
            <dt>Region</dt>
            <dd>{authId.region}</dd>
          </>
        ) : null}
        <dt>Server</dt>
        <dd className="break-anywhere">{authId.serverBaseUrl}</dd>
        <dt>Stops working</dt>
        <dd>{STOPS_WORKING[authId.kind]}</dd>
        <dt>Added</dt>
        <dd>
          <TimeText iso={authId.created} />
        </dd>
      </dl>
    </section>
  );
}
