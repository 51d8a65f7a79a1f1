/** Lint for what a particular backend needs: required options and pCloud's region host. */
import { PCLOUD_HOSTS, isPcloudHost, type BackendSpec } from '../providers/duplicati-backends';
import type { OptionSpec } from '../providers/option-spec';
import type { LintFinding } from './lint-finding';
import type { RawQueryParam } from './raw-url-parts';

export function lintRequiredOptions(params: readonly RawQueryParam[], backend: BackendSpec): LintFinding[] {
  const given = (o: OptionSpec): boolean => params.some((p) => p.name === o.name && p.value.trim() !== '');
  const missing: OptionSpec[][] = backend.options.filter((o) => o.required && !given(o)).map((o) => [o]);
  const groups = new Map<string, OptionSpec[]>();
  for (const o of backend.options) {
    if (o.oneOfGroup !== undefined) groups.set(o.oneOfGroup, [...(groups.get(o.oneOfGroup) ?? []), o]);
  }
  for (const group of groups.values()) if (!group.some(given)) missing.push(group);

  return missing.map((alternatives) => {
    const named = alternatives.map((o) => `${o.label} (${o.name})`).join(' or ');
    return {
      code: 'missing-required-option',
      severity: 'error',
      message: `${backend.name} needs the ${named} option, and the URL has none.`,
      fix: `Add ${alternatives.map((o) => `&${o.name}=…`).join(' or ')} to the URL, or fill it in when building the URL in this app.`,
    };
  });
}

export function lintPcloudHost(firstPart: string): LintFinding[] {
  if (isPcloudHost(firstPart)) return [];
  const hosts = PCLOUD_HOSTS.join(' or ');
  if (isPcloudHost(firstPart.toLowerCase())) {
    return [{
      code: 'pcloud-host',
      severity: 'error',
      message: 'The pCloud region host has capital letters; Duplicati accepts it only in lower case.',
      fix: `Write it as ${firstPart.toLowerCase()}.`,
    }];
  }
  return [{
    code: 'pcloud-host',
    severity: 'error',
    message: `A pCloud URL starts with its region host (${hosts}), as in pcloud://eapi.pcloud.com/Backups; this one ${firstPart === '' ? 'has none' : 'starts with something else'}.`,
    fix: 'Put api.pcloud.com (United States) or eapi.pcloud.com (Europe) right after pcloud://, then the folder.',
  }];
}
