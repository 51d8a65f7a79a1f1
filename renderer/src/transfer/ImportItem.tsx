import { useId } from 'react';
import type { ImportItemView } from '../api/view-types';

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
  const id = useId();
  const alreadyHere = item.status === 'already-here';
  return (
    <li className="import-item">
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={chosen}
          disabled={alreadyHere}
          aria-describedby={`${id}-facts`}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <label htmlFor={id} className="field-label">
          {item.label} <span className={`badge import-${item.status}`}>{STATUS_TEXT[item.status]}</span>
        </label>
        <div id={`${id}-facts`} className="field-help">
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
        </div>
      </div>
    </li>
  );
}
