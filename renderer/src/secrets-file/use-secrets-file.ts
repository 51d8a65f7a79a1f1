import { useEffect, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { SecretsFileView } from '../api/view-types';

export interface SecretsFileState {
  readonly file: SecretsFileView | null;
  readonly error: string | null;
  readonly update: (file: SecretsFileView) => void;
}

/** The secrets file's status (never its passphrase); asked again whenever `refreshKey` changes. */
export function useSecretsFile(refreshKey?: unknown): SecretsFileState {
  const [file, setFile] = useState<SecretsFileView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    authids()
      .secretsFileStatus()
      .then(
        (answer) => {
          if (!current) return;
          setFile(answer);
          setError(null);
        },
        (caught: unknown) => {
          if (current) setError(errorText(caught));
        },
      );
    return () => {
      current = false;
    };
  }, [refreshKey]);
  return { file, error, update: setFile };
}
