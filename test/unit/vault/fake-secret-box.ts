/**
 * A stand-in for the OS secret store: real (toy) encryption with a versioned key, that can
 * fail on demand for one AuthID, forget a key (keyring changed) or rotate it (re-encrypt).
 */
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import type { DecryptedSecret, SecretBox, SecretBoxDescription } from '../../../electron/services/vault/secret-box';

export class FakeSecretBox implements SecretBox {
  description: SecretBoxDescription = { available: true, backend: 'keychain' };
  encryptions = 0;
  /** While set, encryption waits for it (to catch work in flight). */
  gate: Promise<void> | undefined;
  private keyVersion = 1;
  private readonly forgotten = new Set<number>();
  private readonly refused = new Set<string>();

  async describe(): Promise<SecretBoxDescription> {
    return { ...this.description };
  }

  async encrypt(plain: string): Promise<Uint8Array> {
    registerSecret(plain);
    this.encryptions += 1;
    await this.gate;
    return Uint8Array.from([this.keyVersion, ...this.mask(new TextEncoder().encode(plain), this.keyVersion)]);
  }

  async decrypt(cipher: Uint8Array): Promise<DecryptedSecret> {
    const [version = 0, ...body] = cipher;
    if (version === 0 || this.forgotten.has(version)) throw new Error('Error while decrypting the ciphertext provided');
    const plain = new TextDecoder().decode(this.mask(Uint8Array.from(body), version));
    if (this.refused.has(plain)) throw new Error('Error while decrypting the ciphertext provided');
    return { plain, shouldReEncrypt: version < this.keyVersion };
  }

  /** Ciphertexts of this AuthID stop decrypting (until `allow`). */
  refuse(plain: string): void {
    this.refused.add(plain);
  }

  allow(plain: string): void {
    this.refused.delete(plain);
  }

  /** A new key; old ciphertexts still decrypt but ask to be re-encrypted. */
  rotateKey(): void {
    this.keyVersion += 1;
  }

  /** A new key and the old one gone, as when the keyring is replaced. */
  replaceKeyring(): void {
    this.forgotten.add(this.keyVersion);
    this.keyVersion += 1;
  }

  private mask(bytes: Uint8Array, version: number): Uint8Array {
    return bytes.map((byte, index) => byte ^ ((0x5a + version * 31 + index * 7) & 0xff));
  }
}
