import { useEffect, useRef, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { PasteAnalysisView } from '../api/view-types';
import { useDebouncedValue } from '../hooks/use-debounced-value';

export interface PasteAnalysisState {
  readonly analysis: PasteAnalysisView | null;
  /** The text the analysis is about, exactly (surrounding spaces matter to Duplicati); fixes apply to it. */
  readonly analyzedText: string;
  readonly error: string | null;
  readonly pending: boolean;
}

const DEBOUNCE_MS = 400;
const IDLE: PasteAnalysisState = { analysis: null, analyzedText: '', error: null, pending: false };

/** Lints the pasted text once typing pauses; answers for older text are dropped. */
export function usePasteAnalysis(text: string): PasteAnalysisState {
  const settled = useDebouncedValue(text, DEBOUNCE_MS);
  const [state, setState] = useState<PasteAnalysisState>(IDLE);
  const latest = useRef(0);
  useEffect(() => {
    const mine = ++latest.current;
    if (settled.trim() === '') {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- cleared text drops the last answer at once; deriving it from the answered text is a renderer refactor (issue 14 item 8)
      setState(IDLE);
      return;
    }
    setState((current) => ({ ...current, pending: true }));
    authids()
      .analyzePaste({ text: settled })
      .then(
        (analysis) => {
          if (mine === latest.current) setState({ analysis, analyzedText: settled, error: null, pending: false });
        },
        (error: unknown) => {
          if (mine === latest.current) setState({ analysis: null, analyzedText: settled, error: errorText(error), pending: false });
        },
      );
  }, [settled]);
  return state;
}
