import type { PostFingerprint } from './types';

/** 128 hash functions: the similarity estimate is within about ±0.03 around the 0.9 threshold. */
export const SKETCH_SIZE = 128;
/** A keyed hash: 64 bits in hex. */
export const KEYED_HASH = /^[0-9a-f]{16}$/;
/** The unkeyed 32-bit hashes of earlier versions: they and their sketches could be read back into words. */
export const UNKEYED_HASH = /^[0-9a-f]{8}$/;

/** A fingerprint this version made: well-formed, with a keyed hash (unkeyed ones from before are dropped). */
export function isKeyedFingerprint(post: unknown): post is PostFingerprint {
  const candidate = post as Partial<PostFingerprint> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.publishedAt === 'number' &&
    typeof candidate.hash === 'string' &&
    KEYED_HASH.test(candidate.hash) &&
    Array.isArray(candidate.sketch)
  );
}

/** An entry of an earlier version's export or storage: left out, never refused. */
export function isUnkeyedFingerprint(post: unknown): boolean {
  const candidate = post as Partial<PostFingerprint> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.hash === 'string' && UNKEYED_HASH.test(candidate.hash);
}
