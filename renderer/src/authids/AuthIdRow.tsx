import { memo, useId, useRef } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { CheckTimes } from '../common/CheckTimes';
import { HealthChip } from '../common/HealthChip';
import { ProviderLogo } from '../common/ProviderLogo';
import { InlineLabelEditor } from './InlineLabelEditor';
import { useReauthorizeLogin } from '../login/use-reauthorize-login';
import { RowLogin } from './RowLogin';
import { RowReauthorizeButton } from './RowReauthorizeButton';
import { ROW_OPEN_ATTRIBUTE } from './use-roving-rows';

interface AuthIdRowProps {
  readonly authId: AuthIdView;
  readonly onOpen: (id: string) => void;
  /** The list's one tab stop (the others are reached with the arrow keys). */
  readonly tabStop: boolean;
  /** Shown beside the list in a wide window. */
  readonly selected: boolean;
}

/**
 * Two lines: the label with Rename, then health and the facts on one line that ends in an
 * ellipsis; a click anywhere on it opens the detail. Memoized: a search re-renders
 * the list, but a row whose AuthID did not change stays as it is.
 */
export const AuthIdRow = memo(function AuthIdRow({ authId, onOpen, tabStop, selected }: AuthIdRowProps) {
  const factsId = useId();
  const account = authId.accountName ? `${authId.providerName} · ${authId.accountName}` : authId.providerName;
  const needsLogin = authId.health === 'needs-reauthorization' && !authId.held;
  const rowLogin = useReauthorizeLogin(authId.id);
  const details = useRef<HTMLButtonElement>(null);
  return (
    // A click on the row's text opens it too (the row's own buttons do their own thing); keyboard users have the Details button.
    <li
      className={`authid-row${selected ? ' authid-row-selected' : ''}`}
      data-row-id={authId.id}
      onClick={(event) => {
        // The row's login panel is its own place: a click in it opens nothing.
        if (!(event.target as HTMLElement).closest('button, input, a, .login-panel')) onOpen(authId.id);
      }}
    >
      <ProviderLogo provider={authId.provider} />
      <div className="authid-row-main">
        <InlineLabelEditor
          as="h2"
          label={authId.label}
          buttonTabIndex={-1}
          onSave={(label) => authids().rename({ id: authId.id, label })}
        />
        <p className="authid-row-facts" id={factsId}>
          <HealthChip health={authId.health} />
          {authId.held ? <span className="health-chip health-held">Held: server not trusted</span> : null}
          <span>{account}</span>
          <CheckTimes authId={authId} />
          <span>{authId.serverBaseUrl}</span>
          <code className="masked">
            <span className="visually-hidden">AuthID </span>
            {authId.masked}
          </code>
        </p>
      </div>
      {needsLogin ? (
        <div className="authid-row-actions">
          <RowReauthorizeButton authId={authId} start={rowLogin.start} />
        </div>
      ) : null}
      <button
        ref={details}
        type="button"
        className="authid-row-open"
        {...{ [ROW_OPEN_ATTRIBUTE]: '' }}
        tabIndex={tabStop ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        aria-describedby={factsId}
        onClick={() => onOpen(authId.id)}
      >
        <span className="visually-hidden">Details for {authId.label}</span>
      </button>
      {rowLogin.login ? (
        <div className="authid-row-login">
          <RowLogin
            login={rowLogin.login}
            providerName={authId.providerName}
            onOpenAuthId={onOpen}
            onRetry={() => void rowLogin.start.run()}
            onDismiss={() => {
              rowLogin.dismiss();
              // Re-authorized, the row has no Re-authorize button any more: its Details button takes the focus.
              details.current?.focus();
            }}
          />
        </div>
      ) : null}
    </li>
  );
});
