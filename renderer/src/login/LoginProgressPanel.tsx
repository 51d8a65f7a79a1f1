import { useLayoutEffect, useRef } from 'react';
import { authids } from '../api/authids-client';
import type { LoginProgressView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { ExternalLinkButton } from '../common/ExternalLinkButton';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';
import { isLoginRunning } from '../hooks/use-login-tracker';
import { LOGIN_PHASE_HEADLINES } from './login-phase-text';

interface LoginProgressPanelProps {
  readonly loginId: string;
  /** Undefined until main reports the first step. */
  readonly progress: LoginProgressView | undefined;
  readonly providerName: string;
  readonly onOpenAuthId: (id: string) => void;
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
  /** The control that started the login: Dismiss gives it the focus back, where it is still there. */
  readonly returnFocusTo?: Element | null;
  /** The user just started this login here: the panel takes focus (and scrolls into view) and keeps it when the login ends. */
  readonly takeFocus?: boolean;
}

/** What a running login is doing, how to steer it, and how it ended. */
export function LoginProgressPanel({ loginId, progress, providerName, onOpenAuthId, onRetry, onDismiss, returnFocusTo, takeFocus = false }: LoginProgressPanelProps) {
  const cancel = useAction(() => authids().cancelLogin({ loginId }));
  const inBrowser = useAction(() => authids().openLoginInBrowser({ loginId }));
  const phase = progress?.phase ?? 'opening';
  const running = !progress || isLoginRunning(progress);
  const panel = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) focusPanel(panel.current);
  }, [takeFocus]);
  // A button that had focus (Cancel, Use my browser) goes away as the login moves on: focus goes to
  // what comes next, and to the panel's main button once the login ends.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!takeFocus || !element) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (lost || (!running && (active === element || element.contains(active)))) focusNextStep(element);
  }, [takeFocus, phase, running]);

  return (
    <section ref={panel} tabIndex={takeFocus ? -1 : undefined} className={`login-panel login-${phase}`} aria-label={`Login to ${providerName}`}>
      <div role="status" className="login-status">
        <p className="login-headline">
          {running ? <Spinner /> : null}
          {providerName}: {LOGIN_PHASE_HEADLINES[phase]}
        </p>
        {progress?.message ? <p className="login-message">{progress.message}</p> : null}
      </div>
      {phase === 'failed' && progress?.deauthorizeUrl ? (
        <div className="login-deauthorize">
          <p>
            The server sent a message instead of an AuthID, which usually means {providerName} still remembers an earlier
            authorization. Remove the app's access at {providerName}, then try again.
          </p>
          <ExternalLinkButton url={progress.deauthorizeUrl} label="Open the de-authorize page" />
        </div>
      ) : null}
      <div className="button-row">
        {running ? (
          <>
            {phase !== 'waiting-in-browser' ? (
              <BusyButton pending={inBrowser.pending} onClick={() => void inBrowser.run()}>
                Use my browser instead
              </BusyButton>
            ) : null}
            <BusyButton pending={cancel.pending} pendingLabel="Cancelling…" onClick={() => void cancel.run()}>
              Cancel login
            </BusyButton>
          </>
        ) : null}
        {phase === 'succeeded' && progress?.authIdId ? (
          <button type="button" className="button button-primary" onClick={() => onOpenAuthId(progress.authIdId as string)}>
            Open the AuthID
          </button>
        ) : null}
        {!running && phase !== 'succeeded' && onRetry ? (
          <button type="button" className="button button-primary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {!running && onDismiss ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              onDismiss();
              if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
            }}
          >
            Dismiss
          </button>
        ) : null}
      </div>
      <ErrorMessage message={cancel.error ?? inBrowser.error} />
    </section>
  );
}

function focusNextStep(element: HTMLElement): void {
  (element.querySelector<HTMLElement>('.button-primary') ?? element.querySelector<HTMLElement>('button') ?? element).focus();
}

function focusPanel(element: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest' });
}
