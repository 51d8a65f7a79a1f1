import { useId, useRef, useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView, ProviderView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { copyConfirmation } from '../common/copy-confirmation';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';
import { OptionField } from './OptionField';
import { SaveDestinationForm } from './SaveDestinationForm';
import { UrlPreview } from './UrlPreview';
import { destinationToSend, formFields, initialOptionValues, PATH_FIELD, validateUrlOptions, type OptionValues } from './url-options';
import { useUrlPreview } from './use-url-preview';
import { Field } from '../common/Field';

interface ConnectionUrlBuilderProps {
  readonly authId: AuthIdView;
  /** The backend's options; undefined when the catalogue could not be loaded. */
  readonly provider: ProviderView | undefined;
  /** The AuthID works again only after a login: copying is then not the main thing to do. */
  readonly needsNewLogin?: boolean;
}

function groupHint(provider: ProviderView | undefined, group: string | undefined): string | undefined {
  if (!provider || !group) return undefined;
  const members = provider.options.filter((option) => option.oneOfGroup === group).map((option) => option.label);
  return `One of ${members.join(' or ')} is required.`;
}

/** Folder path plus the backend's options, a live masked preview, Copy and Save as destination. */
export function ConnectionUrlBuilder({ authId, provider, needsNewLogin = false }: ConnectionUrlBuilderProps) {
  const options = formFields(provider);
  const [path, setPath] = useState('');
  const [values, setValues] = useState<OptionValues>(() => initialOptionValues(options, authId));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [typed, setTyped] = useState(false);
  const form = useRef<HTMLFieldSetElement>(null);
  const headingId = useId();
  const toast = useToast();

  const destination = destinationToSend(provider, values, path);
  const errors = validateUrlOptions(options, values, path);
  const valid = Object.keys(errors).length === 0;
  const visibleError = (name: string) => (showAllErrors || touched.has(name) ? errors[name] : undefined);
  const preview = useUrlPreview(authId.id, destination, authId.keychainReference);

  const common = options.filter((option) => option.advanced !== true);
  const advanced = options.filter((option) => option.advanced === true);

  /** Shows every error (unfolding Advanced if one is there) and moves focus to the first one; true when the URL can be used. */
  const ensureValid = (): boolean => {
    if (valid) return true;
    setShowAllErrors(true);
    if (advanced.some((option) => errors[option.name])) setAdvancedOpen(true);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return false;
  };

  const copy = useAction(async () => {
    const result = await authids().copyUrl({ id: authId.id, ...destination });
    // A URL that names the keychain's copy holds no secret, so main leaves it on the clipboard.
    toast.show(authId.keychainReference === undefined ? copyConfirmation('Connection URL', result) : 'Connection URL copied. It holds no secret, so the clipboard is not cleared.');
  });
  const touch = (name: string) => setTouched((current) => new Set(current).add(name));
  const pathError = visibleError(PATH_FIELD);
  const field = (option: ProviderView['options'][number]) => {
    const hint = groupHint(provider, option.oneOfGroup);
    return (
      <OptionField
        key={option.name}
        option={option}
        value={values[option.name] ?? ''}
        error={visibleError(option.name)}
        {...(hint === undefined ? {} : { groupHint: hint })}
        onChange={(value) => {
          setTyped(true);
          setValues((current) => ({ ...current, [option.name]: value }));
        }}
        onBlur={() => touch(option.name)}
      />
    );
  };

  return (
    <section className="detail-section url-builder" aria-labelledby={headingId}>
      <h2 id={headingId}>Connection URL</h2>
      <fieldset ref={form} className="url-builder-fields">
        <legend className="visually-hidden">Destination for {authId.providerName}</legend>
        <Field label="Folder path" help={provider?.pathHelp ?? 'The folder inside the storage where Duplicati keeps the backup.'} error={pathError}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={path}
              onChange={(event) => {
                setTyped(true);
                setPath(event.target.value);
              }}
              onBlur={() => touch(PATH_FIELD)}
            />
          )}
        </Field>
        {common.map(field)}
        {advanced.length > 0 ? (
          <details className="advanced-options" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
            <summary>Advanced ({advanced.length} rarely needed options)</summary>
            {advanced.map(field)}
          </details>
        ) : null}
        {!provider ? <p className="muted">This provider's options could not be loaded; the URL uses the path only.</p> : null}
      </fieldset>
      {/* Nothing to warn about before the user has written anything. */}
      <UrlPreview state={preview} keychainReference={authId.keychainReference} showFindings={typed || touched.size > 0 || showAllErrors} />
      <div className="button-row">
        <BusyButton
          pending={copy.pending}
          pendingLabel="Copying…"
          variant={needsNewLogin ? 'secondary' : 'primary'}
          onClick={() => {
            if (ensureValid()) void copy.run();
          }}
        >
          Copy URL
        </BusyButton>
      </div>
      {needsNewLogin ? <p className="muted">This AuthID no longer works: re-authorize first, then copy the URL with the new AuthID.</p> : null}
      <ErrorMessage message={copy.error} />
      <SaveDestinationForm
        onSave={async (name) => {
          if (!ensureValid()) return false;
          await authids().saveDestination({ id: authId.id, name, ...destination });
          toast.show(`Saved “${name}”. It is now in the tray's Copy connection URL menu.`);
          return true;
        }}
      />
    </section>
  );
}
