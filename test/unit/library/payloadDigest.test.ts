import { describe, expect, it } from 'vitest';
import { payloadMatchesDigest } from '../../../main/library/import/payloadDigest';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('payloadMatchesDigest', () => {
  it('checks the SHA-1 in base 32 that most crawlers write', () => {
    // the digest every crawler writes for an empty payload
    expect(payloadMatchesDigest(text(''), 'sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ')).toBe(true);
    expect(payloadMatchesDigest(text(' '), 'sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ')).toBe(false);
  });

  it('checks a SHA-256 in hex, as warcio writes it, whatever the case', () => {
    const hex = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(payloadMatchesDigest(text(''), `sha256:${hex}`)).toBe(true);
    expect(payloadMatchesDigest(text(''), `SHA-256:${hex.toUpperCase()}`)).toBe(true);
    expect(payloadMatchesDigest(text('x'), `sha256:${hex}`)).toBe(false);
  });

  it('cannot check a digest of an algorithm it does not know, or one with no algorithm named', () => {
    expect(payloadMatchesDigest(text(''), 'blake9:abc')).toBeNull();
    expect(payloadMatchesDigest(text(''), '3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ')).toBeNull();
  });
});
