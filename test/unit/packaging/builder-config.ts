// Reads an electron-builder config and checks it the way electron-builder itself does: its own
// scheme.json compiled with the same Ajv options (app-builder-lib/out/util/config/schemaValidator.js).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml ships no types; electron-builder parses its .yml configs with it.
const yaml = require('js-yaml') as { load(text: string): unknown };

export type BuilderConfig = Record<string, unknown>;

export function loadBuilderConfig(file: string): BuilderConfig {
  const parsed = yaml.load(readFileSync(path.join(repoRoot, file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file} is not a mapping`);
  return parsed as BuilderConfig;
}

const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(scheme);

/** Schema errors as "<path> <message>"; empty when valid. Works on a copy: coerceTypes mutates. */
export function schemaErrors(config: BuilderConfig): string[] {
  if (validate(structuredClone(config))) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}
