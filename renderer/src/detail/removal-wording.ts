/**
 * One wording for what revoking and removing did, shared by the dialogs' titles and the toast
 * the list shows afterwards: "revoked" only where the AuthID really stopped working.
 */
import type { ProviderRevokeResultView, RevokeResultView } from '../api/view-types';

export function revokeResultTitle(label: string, outcome: RevokeResultView['outcome']): string {
  switch (outcome) {
    case 'revoked':
      return `“${label}” is revoked`;
    case 'already-revoked':
      return `“${label}” was already revoked`;
    case 'finish-at-provider':
      return `“${label}” is removed here: finish revoking it at the provider`;
  }
}

export function revokeResultToast(label: string, outcome: RevokeResultView['outcome']): string {
  switch (outcome) {
    case 'revoked':
      return `“${label}” is revoked and removed from this computer.`;
    case 'already-revoked':
      return `“${label}” was already revoked and is removed from this computer.`;
    case 'finish-at-provider':
      return `“${label}” is removed from this computer. It works until you remove its access on the provider's page.`;
  }
}

export function providerRevokeTitle(label: string, result: ProviderRevokeResultView): string {
  return result.removedLocally ? `“${label}” is revoked at the provider` : `“${label}” is not revoked`;
}

export function providerRevokeToast(label: string): string {
  return `“${label}” is revoked at the provider and removed from this computer.`;
}

export function removedToast(label: string): string {
  return `“${label}” is removed from this computer. It is not revoked.`;
}
