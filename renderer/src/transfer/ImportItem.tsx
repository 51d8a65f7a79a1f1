import type { ImportItemView } from '../api/view-types';
import { Field } from '../common/Field';

const STATUS_TEXT: Readonly<Record<ImportItemView['status'], string>> = {
  new: 'New',
  differs: 'Already here, with differences',
  'already-here': 'Already here',
};

interface ImportItemProps {
  readonly item: ImportItemView;
  readonly chosen: boolean;
  readonly onToggle: (chosen: boolean) => void;
}

/** One AuthID in the file: what it is, whether the vault has it, and what importing it does. */
export function ImportItem({ item, chosen, onToggle }: ImportItemProps) {
  const alreadyHere = item.status === 'already-here';
  return (
    <li className="import-item">
      <Field
        checkbox
        label={
          <>
            {item.label} <span className={`badge import-${item.status}`}>{STATUS_TEXT[item.status]}</span>
          </>
        }
        help={
          <>
            <p>
              {item.providerName} · <span className="masked">{item.masked}</span> · {new URL(item.serverBaseUrl).host}
              {item.accountName ? ` · ${item.accountName}` : ''}
            </p>
            {item.destinations.length > 0 ? (
              <p>Destinations: {item.destinations.map((d) => `${d.name} (${d.path})`).join(', ')}</p>
            ) : null}
            {item.differences.length > 0 ? (
              <ul>
                {item.differences.map((difference) => (
                  <li key={difference}>{difference}</li>
                ))}
              </ul>
            ) : null}
            {item.serverNote ? <p className="warning-text">{item.serverNote}</p> : null}
            {alreadyHere ? <p>Nothing to add: this computer has it with the same details.</p> : null}
          </>
        }
      >
        {(control) => <input {...control} type="checkbox" checked={chosen} disabled={alreadyHere} onChange={(event) => onToggle(event.target.checked)} />}
      </Field>
    </li>
  );
}
