import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Spinner } from './Spinner';

interface BusyButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  readonly pending: boolean;
  readonly children: ReactNode;
  /** What the button says while its request runs, e.g. "Checking…". */
  readonly pendingLabel?: string;
  readonly variant?: 'primary' | 'secondary' | 'danger';
}

/**
 * A button that shows progress while its request runs. It stays focusable (aria-disabled, not
 * disabled) so keyboard focus is not thrown to the page body mid-action.
 */
export function BusyButton({ pending, pendingLabel, children, variant = 'secondary', onClick, className, type, ...rest }: BusyButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      className={`button button-${variant}${className ? ` ${className}` : ''}`}
      aria-disabled={pending || rest['aria-disabled'] ? true : undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending || rest['aria-disabled']) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {pending ? <Spinner /> : null}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
