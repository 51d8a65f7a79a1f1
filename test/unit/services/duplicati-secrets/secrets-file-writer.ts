/**
 * A second process changing the same secrets file: sets COUNT names PREFIX-0… with the
 * passphrase from stdin, all at once, then prints "done".
 */
import { createSecretsFileStore } from '../../../../electron/services/duplicati-secrets';

const [file, prefix, count] = process.argv.slice(2) as [string, string, string];
let passphrase = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) passphrase += chunk;

const store = createSecretsFileStore({ path: file, passphrase: async () => passphrase, createdBy: 'test writer' });
await Promise.all(
  Array.from({ length: Number(count) }, (_, i) => store.set(`${prefix}-${i}`, `value-of-${prefix}-${i}`)),
);
process.stdout.write('done\n');
