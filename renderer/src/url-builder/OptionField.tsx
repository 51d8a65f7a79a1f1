import { useId } from 'react';
import type { ProviderOptionView } from '../api/view-types';
import { FieldProblem } from '../common/FieldProblem';

interface OptionFieldProps {
  readonly option: ProviderOptionView;
  readonly value: string;
  /** Shown only once the user tried to use the URL or left the field. */
  readonly error: string | undefined;
  readonly groupHint?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

function choiceLabel(option: ProviderOptionView, value: string | undefined): string | undefined {
  return option.choices?.find((choice) => choice.value === value)?.label ?? value;
}

/** One backend option as a labelled input, with its help, required mark and error wired for screen readers. */
export function OptionField({ option, value, error, groupHint, onChange, onBlur }: OptionFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [option.help || groupHint ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': option.required || undefined,
    onBlur,
  };

  const label = (
    <label htmlFor={id} className="field-label">
      {option.label}
      {option.required ? <span className="required-mark"> (required)</span> : null}
    </label>
  );
  const help =
    option.help || groupHint ? (
      <p id={helpId} className="field-help">
        {groupHint ? <span className="group-hint">{groupHint} </span> : null}
        {option.help}
      </p>
    ) : null;
  const errorText = <FieldProblem id={errorId}>{error}</FieldProblem>;

  if (option.kind === 'boolean') {
    return (
      <div className="field field-checkbox">
        <input type="checkbox" {...common} checked={value === 'true'} onChange={(event) => onChange(event.target.checked ? 'true' : 'false')} />
        {label}
        {help}
        {errorText}
      </div>
    );
  }

  const emptyChoice = option.defaultValue ? `Default (${choiceLabel(option, option.defaultValue)})` : option.required ? 'Choose…' : 'Not set';
  return (
    <div className="field">
      {label}
      {option.kind === 'choice' ? (
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{emptyChoice}</option>
          {option.choices?.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={option.kind === 'number' ? 'decimal' : undefined}
          value={value}
          placeholder={option.defaultValue ? `Default: ${option.defaultValue}` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {help}
      {errorText}
    </div>
  );
}
