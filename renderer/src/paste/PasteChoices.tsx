import { useId } from 'react';
import type { PasteAnalysisView, ProviderGroupView, ProviderId } from '../api/view-types';
import { Field } from '../common/Field';
import { providerName } from '../common/provider-name';
import type { PasteChoice } from './paste-choice';

interface PasteChoicesProps {
  readonly analysis: PasteAnalysisView;
  readonly providerGroups: readonly ProviderGroupView[] | undefined;
  /** What the user picked; what they did not pick shows the analysis' own pre-filled answer. */
  readonly choice: PasteChoice;
  readonly onChange: (choice: PasteChoice) => void;
}

/**
 * A bare AuthID says little about itself: the user chooses its provider, the AuthID server that
 * issued it and, for pCloud, the region, each pre-filled where the AuthID's shape tells.
 */
export function PasteChoices({ analysis, providerGroups, choice, onChange }: PasteChoicesProps) {
  const id = useId();
  const questions = analysis.questions;
  if (!questions) return null;
  const groups = providerGroups ?? [];
  const offered = (provider: ProviderId) => groups.some((group) => group.providers.some((p) => p.id === provider));
  const providers = questions.providers.filter(offered);
  const provider = choice.provider ?? analysis.provider;
  const servers = provider ? groups.filter((group) => group.providers.some((p) => p.id === provider)).map((group) => group.server) : [];
  const server = choice.serverBaseUrl ?? analysis.serverBaseUrl ?? '';
  const region = choice.region ?? analysis.region ?? '';

  return (
    <fieldset className="paste-choices">
      <legend>Where this AuthID belongs</legend>
      <p className="field-help">{questions.revealed}</p>
      <Field label="Provider">
        {(control) => (
          <select
            {...control}
            value={provider ?? ''}
            aria-required="true"
            // A new provider may be served by other servers and has its own regions: ask those again.
            onChange={(event) => onChange(event.target.value ? { provider: event.target.value as ProviderId } : {})}
          >
            <option value="">Choose the provider you logged in to…</option>
            {providers.map((option) => (
              <option key={option} value={option}>
                {providerName(providerGroups, option)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {provider ? (
        <Field
          label="AuthID server"
          help={
            questions.regions
              ? 'A pCloud token goes straight to pCloud; this server is used only to log in again. Not listed? Add it under Settings first.'
              : 'The app sends the AuthID only to this server, to check it and keep it alive. Not listed? Add it under Settings first.'
          }
        >
          {(control) => (
            <select
              {...control}
              value={server}
              aria-required="true"
              onChange={(event) => onChange({ ...choice, provider, ...(event.target.value ? { serverBaseUrl: event.target.value } : {}) })}
            >
              {server === '' ? <option value="">Choose the server that issued it…</option> : null}
              {servers.map((option) => (
                <option key={option.baseUrl} value={option.baseUrl}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {questions.regions ? (
        <fieldset className="field">
          <legend className="field-label">pCloud region</legend>
          {questions.regions.map((option) => (
            <label key={option.value} className="radio-option">
              <input
                type="radio"
                name={`${id}-region`}
                value={option.value}
                checked={region === option.value}
                onChange={() => onChange({ ...choice, provider: 'pcloud', region: option.value as NonNullable<PasteChoice['region']> })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
