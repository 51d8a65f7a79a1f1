import fs from 'node:fs';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confDocumentBackend } from '../../../../electron/services/document-store/conf-document-backend';
import { DocumentChangedElsewhere, type DocumentSpec } from '../../../../electron/services/document-store/document-store';
import { openDocument } from '../../../../electron/services/document-store/open-document';
import { salvageDocument } from '../../../../electron/services/document-store/salvage-document';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';

const v1 = z.object({ items: z.array(z.string().min(1)), count: z.number().int() });
const SPEC_V1: DocumentSpec<typeof v1> = { name: 'doc', version: '1.0.0', schema: v1, defaults: { items: [], count: 0 } };
const v2 = z.object({ entries: z.array(z.string().min(1)), count: z.number().int() });
const SPEC_V2: DocumentSpec<typeof v2> = {
  name: 'doc',
  version: '2.0.0',
  schema: v2,
  defaults: { entries: [], count: 0 },
  migrations: {
    '2.0.0': (document) => {
      document.set('entries', document.get('items') ?? []);
      document.delete('items');
    },
  },
};
const clock = { now: () => Date.parse('2025-01-02T03:04:05.678Z') };

let folder: TempFolder;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe('document files through conf', () => {
  it('creates the file with defaults and records the format version', () => {
    const opened = openDocument(folder.backend(), SPEC_V1, clock);
    expect(opened.document).toEqual({ items: [], count: 0 });
    expect(opened.recoveredFrom).toBeUndefined();
    expect(opened.store.path).toBe(folder.file('doc.json'));
    expect(JSON.parse(fs.readFileSync(opened.store.path, 'utf8')).__internal__.migrations.version).toBe('1.0.0');
  });

  it('refuses to write a document that breaks the schema and leaves the file as it was', () => {
    const { store } = openDocument(folder.backend(), SPEC_V1, clock);
    store.write({ items: ['a'], count: 1 });
    const before = fs.readFileSync(store.path, 'utf8');
    expect(() => store.write({ items: [''], count: 1.5 })).toThrow();
    expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
  });

  it('runs the migration hook when the format version grows', () => {
    openDocument(folder.backend(), SPEC_V1, clock).store.write({ items: ['a', 'b'], count: 2 });
    const migrated = openDocument(folder.backend(), SPEC_V2, clock);
    expect(migrated.document).toEqual({ entries: ['a', 'b'], count: 2 });
    expect(migrated.recoveredFrom).toBeUndefined();
    const raw = JSON.parse(fs.readFileSync(migrated.store.path, 'utf8'));
    expect(raw.__internal__.migrations.version).toBe('2.0.0');
    expect(raw.items).toBeUndefined();
  });

  it('moves a file that breaks the schema aside and keeps the valid parts', () => {
    fs.writeFileSync(folder.file('doc.json'), JSON.stringify({ items: ['ok', 7, '', 'fine'], count: 'many' }));
    const opened = openDocument(folder.backend(), SPEC_V1, clock);
    expect(opened.recoveredFrom).toBe(folder.file('doc.corrupt-2025-01-02T03-04-05-678Z.json'));
    expect(opened.document).toEqual({ items: ['ok', 'fine'], count: 0 });
    expect(JSON.parse(fs.readFileSync(opened.recoveredFrom!, 'utf8')).count).toBe('many');
    expect(openDocument(folder.backend(), SPEC_V1, clock).recoveredFrom).toBeUndefined();
  });

  it('reads a file already at its format version once, without starting conf, and fills in missing fields', () => {
    openDocument(folder.backend(), SPEC_V1, clock).store.write({ items: ['a'], count: 1 });
    const raw = JSON.parse(fs.readFileSync(folder.file('doc.json'), 'utf8'));
    delete raw.count;
    fs.writeFileSync(folder.file('doc.json'), JSON.stringify(raw));
    let started = 0;
    const backend = confDocumentBackend(folder.directory, (options) => {
      started += 1;
      return new Conf<Record<string, unknown>>(options);
    });
    const opened = openDocument(backend, SPEC_V1, clock);
    expect(opened.document).toEqual({ items: ['a'], count: 0 });
    expect(started).toBe(0);
    opened.store.write({ items: ['a', 'b'], count: 2 });
    expect(started).toBe(1);
    expect(JSON.parse(fs.readFileSync(folder.file('doc.json'), 'utf8'))).toMatchObject({ items: ['a', 'b'], count: 2, __internal__: { migrations: { version: '1.0.0' } } });
  });

  it('moves a file that is not JSON aside and starts from defaults', () => {
    fs.writeFileSync(folder.file('doc.json'), '\u0000\u0001garbage');
    const opened = openDocument(folder.backend(), SPEC_V1, clock);
    expect(opened.document).toEqual({ items: [], count: 0 });
    expect(fs.readFileSync(opened.recoveredFrom!, 'utf8')).toBe('\u0000\u0001garbage');
  });
});

describe('salvageDocument', () => {
  it('keeps parsing fields and list entries, defaults the rest', () => {
    expect(salvageDocument(v1, SPEC_V1.defaults, { items: 'nope', count: 3 })).toEqual({ items: [], count: 3 });
    expect(salvageDocument(v1, SPEC_V1.defaults, [1, 2])).toEqual(SPEC_V1.defaults);
    expect(salvageDocument(v1, SPEC_V1.defaults, null)).toEqual(SPEC_V1.defaults);
  });
});

describe('two stores on one file (two copies of the app)', () => {
  it('refuses to overwrite what the other one wrote since this one read the file', () => {
    const mine = openDocument(folder.backend(), SPEC_V1, clock).store;
    const theirs = openDocument(folder.backend(), SPEC_V1, clock).store;
    mine.write({ items: ['mine'], count: 1 });
    mine.write({ items: ['mine', 'again'], count: 2 });
    expect(() => theirs.write({ items: ['theirs'], count: 1 })).toThrow(DocumentChangedElsewhere);
    expect(mine.read()).toEqual({ items: ['mine', 'again'], count: 2 });
    // Having read it, the other one may write again.
    expect(theirs.read()).toEqual({ items: ['mine', 'again'], count: 2 });
    theirs.write({ items: ['mine', 'again', 'theirs'], count: 3 });
    expect(() => mine.write({ items: [], count: 0 })).toThrow(DocumentChangedElsewhere);
    expect(openDocument(folder.backend(), SPEC_V1, clock).document).toEqual({ items: ['mine', 'again', 'theirs'], count: 3 });
  });

  it('is told about a hand edit the same way', () => {
    const { store } = openDocument(folder.backend(), SPEC_V1, clock);
    fs.writeFileSync(store.path, JSON.stringify({ items: ['edited'], count: 1 }));
    expect(() => store.write({ items: ['x'], count: 1 })).toThrow(DocumentChangedElsewhere);
  });
});
