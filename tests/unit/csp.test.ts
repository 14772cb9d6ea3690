import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/csp';

// Expected digests computed independently (Python's hashlib).
describe('cspHash', () => {
  it('is the base64 SHA-256 of the text, as CSP writes it', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('hashes the UTF-8 bytes of Chinese text', () => {
    expect(cspHash('铜川')).toBe('sha256-vj6yW0HpMIaX1EnPj7XB8IgUlKFQf1u9myH5mMnox4E=');
  });
});
