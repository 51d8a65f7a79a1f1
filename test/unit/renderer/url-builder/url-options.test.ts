import { describe, expect, it } from 'vitest';
import type { ProviderOptionView } from '../../../../electron/ipc/views';
import { destinationToSend, formFields, initialOptionValues, optionsToSend, PATH_FIELD, validateUrlOptions } from '../../../../renderer/src/url-builder/url-options';

const siteId: ProviderOptionView = { name: 'site-id', label: 'Site id', help: '', kind: 'text', required: true };
const groupEmail: ProviderOptionView = { name: 'group-email', label: 'Group e-mail', help: '', kind: 'text', required: false, oneOfGroup: 'g' };
const groupId: ProviderOptionView = { name: 'group-id', label: 'Group id', help: '', kind: 'text', required: false, oneOfGroup: 'g' };
const size: ProviderOptionView = { name: 'fragment-size', label: 'Fragment size', help: '', kind: 'number', required: false };
const region: ProviderOptionView = {
  name: 'pcloud-host',
  label: 'Region',
  help: '',
  kind: 'choice',
  required: true,
  choices: [
    { value: 'api.pcloud.com', label: 'US' },
    { value: 'eapi.pcloud.com', label: 'EU' },
  ],
};
const trash: ProviderOptionView = { name: 'box-delete-from-trash', label: 'Empty trash', help: '', kind: 'boolean', required: false };
const keep: ProviderOptionView = { ...trash, name: 'keep', label: 'Keep', defaultValue: 'true' };

describe('validateUrlOptions', () => {
  it('a required option must be filled', () => {
    expect(validateUrlOptions([siteId], { 'site-id': '  ' }, '')).toEqual({ 'site-id': 'Site id is required.' });
    expect(validateUrlOptions([siteId], { 'site-id': 'abc' }, '')).toEqual({});
  });

  it('a one-of group is satisfied by any member and otherwise flags every member', () => {
    expect(validateUrlOptions([groupEmail, groupId], {}, '')).toEqual({
      'group-email': 'Enter Group e-mail or Group id.',
      'group-id': 'Enter Group e-mail or Group id.',
    });
    expect(validateUrlOptions([groupEmail, groupId], { 'group-id': 'x' }, '')).toEqual({});
  });

  it('numbers and choices are checked only when given', () => {
    expect(validateUrlOptions([size], { 'fragment-size': '' }, '')).toEqual({});
    expect(validateUrlOptions([size], { 'fragment-size': '10MB' }, '')).toEqual({ 'fragment-size': 'Fragment size must be a number.' });
    expect(validateUrlOptions([region], { 'pcloud-host': 'evil.example.com' }, '')).toEqual({
      'pcloud-host': 'Choose one of the listed values for Region.',
    });
  });

  it('an overlong folder path is reported under the path field', () => {
    expect(validateUrlOptions([], {}, 'a'.repeat(2049))).toEqual({ [PATH_FIELD]: 'Keep the folder path under 2048 characters.' });
  });
});

describe('initialOptionValues and optionsToSend', () => {
  it("a choice starts at the AuthID's region; booleans start at their default", () => {
    expect(initialOptionValues([region, trash, keep, siteId], { region: 'eapi.pcloud.com' })).toEqual({
      'pcloud-host': 'eapi.pcloud.com',
      'box-delete-from-trash': 'false',
      keep: 'true',
      'site-id': '',
    });
  });

  it('empty values and booleans at their default stay out of the URL', () => {
    expect(optionsToSend([siteId, trash, keep, size], { 'site-id': ' s ', 'box-delete-from-trash': 'false', keep: 'false', 'fragment-size': '' })).toEqual({
      'site-id': 's',
      keep: 'false',
    });
  });
});

describe('pCloud’s region host', () => {
  const pcloud = { host: { ...region, name: 'host' }, options: [size] };

  it('is a field of the form, first, but is sent on its own and never as an option', () => {
    expect(formFields(pcloud).map((field) => field.name)).toEqual(['host', 'fragment-size']);
    expect(destinationToSend(pcloud, { host: ' eapi.pcloud.com ', 'fragment-size': '10' }, 'Backups')).toEqual({
      path: 'Backups',
      options: { 'fragment-size': '10' },
      host: 'eapi.pcloud.com',
    });
  });

  it('is left out while empty, and other providers send no host', () => {
    expect(destinationToSend(pcloud, { host: '' }, '')).toEqual({ path: '', options: {} });
    expect(destinationToSend({ options: [siteId] }, { 'site-id': 's', host: 'api.pcloud.com' }, 'x')).toEqual({ path: 'x', options: { 'site-id': 's' } });
    expect(formFields(undefined)).toEqual([]);
  });
});
