import { useId } from 'react';
import type { ServerView } from '../api/view-types';

interface ServerChoiceProps {
  readonly providerName: string;
  readonly servers: readonly ServerView[];
  readonly chosen: string;
  readonly onChoose: (baseUrl: string) => void;
}

/** The servers a provider can log in through, each with who would hold its tokens. */
export function ServerChoice({ providerName, servers, chosen, onChoose }: ServerChoiceProps) {
  const name = useId();
  return (
    <fieldset className="server-choice">
      <legend>Log in to {providerName} through</legend>
      {servers.map((server, index) => (
        <label key={server.baseUrl} className="server-choice-option">
          <input type="radio" name={name} value={server.baseUrl} checked={server.baseUrl === chosen} onChange={() => onChoose(server.baseUrl)} />
          <span>
            <span className="server-choice-name">
              {server.name}
              {index === 0 ? <span className="badge">Recommended</span> : null}
            </span>
            <span className="server-choice-detail">{server.tokenHolder}</span>
            <span className="server-choice-detail break-anywhere">{server.baseUrl}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
