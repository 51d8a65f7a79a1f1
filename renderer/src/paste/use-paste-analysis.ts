import { useEffect, useRef, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { PasteAnalysisView } from '../api/view-types';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { choiceKey, type PasteChoice } from './paste-choice';

export interface PasteAnalysisState {
  readonly analysis: PasteAnalysisView | null;
  /** The text the analysis is about, exactly (surrounding spaces matter to Duplicati); fixes apply to it. */
  readonly analyzedText: string;
  /** choiceKey() of the choice the analysis was made with. */
  readonly analyzedChoice: string;
  readonly error: string | null;
  readonly pending: boolean;
}

const DEBOUNCE_MS = 400;
const IDLE: PasteAnalysisState = { analysis: null, analyzedText: '', analyzedChoice: '', error: null, pending: false };

/** Lints the pasted text once typing pauses, and again at once when a choice changes; answers for older input are dropped. */
export function usePasteAnalysis(text: string, choice: PasteChoice): PasteAnalysisState {
  const settled = useDebouncedValue(text, DEBOUNCE_MS);
  const [state, setState] = useState<PasteAnalysisState>(IDLE);
  const latest = useRef(0);
  const key = choiceKey(choice);
  const { provider, serverBaseUrl, region } = choice;
  useEffect(() => {
    const mine = ++latest.current;
    if (settled.trim() === '') {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- cleared text drops the last answer at once; deriving it from the answered text is a renderer refactor (issue 14 item 8)
      setState(IDLE);
      return;
    }
    setState((current) => ({ ...current, pending: true }));
    const picked = { ...(provider ? { provider } : {}), ...(serverBaseUrl ? { serverBaseUrl } : {}), ...(region ? { region } : {}) };
    authids()
      .analyzePaste({ text: settled, ...picked })
      .then(
        (analysis) => {
          if (mine === latest.current) setState({ analysis, analyzedText: settled, analyzedChoice: key, error: null, pending: false });
        },
        (error: unknown) => {
          if (mine === latest.current) setState({ analysis: null, analyzedText: settled, analyzedChoice: key, error: errorText(error), pending: false });
        },
      );
  }, [settled, key, provider, serverBaseUrl, region]);
  return state;
}
