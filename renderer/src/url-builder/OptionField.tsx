import type { ProviderOptionView } from '../api/view-types';
import { Field } from '../common/Field';

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
  const label = (
    <>
      {option.label}
      {option.required ? <span className="required-mark"> (required)</span> : null}
    </>
  );
  const help =
    option.help || groupHint ? (
      <>
        {groupHint ? <span className="group-hint">{groupHint} </span> : null}
        {option.help}
      </>
    ) : undefined;
  const emptyChoice = option.defaultValue ? `Default (${choiceLabel(option, option.defaultValue)})` : option.required ? 'Choose…' : 'Not set';

  return (
    <Field label={label} help={help} error={error} checkbox={option.kind === 'boolean'}>
      {(control) => {
        const common = { ...control, 'aria-required': option.required || undefined, onBlur };
        if (option.kind === 'boolean') {
          return <input type="checkbox" {...common} checked={value === 'true'} onChange={(event) => onChange(event.target.checked ? 'true' : 'false')} />;
        }
        if (option.kind === 'choice') {
          return (
            <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
              <option value="">{emptyChoice}</option>
              {option.choices?.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          );
        }
        return (
          <input
            {...common}
            type="text"
            inputMode={option.kind === 'number' ? 'decimal' : undefined}
            value={value}
            placeholder={option.defaultValue ? `Default: ${option.defaultValue}` : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        );
      }}
    </Field>
  );
}
