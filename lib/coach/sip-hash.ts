/*
 * SipHash-2-4 (Aumasson & Bernstein, 2012): a keyed pseudo-random function with a 128-bit key. Without the key
 * its output can't be computed, so a list of candidate words or sentences can't be checked against it. JavaScript
 * has no fast 64-bit integers: each 64-bit word is a pair of 32-bit halves, high half first, in a Uint32Array
 * (whose stores wrap modulo 2^32 by themselves).
 */

/** A parsed key: k0 and k1 as [high, low] halves. */
export type SipKey = Uint32Array;

const HEX_KEY = /^[0-9a-f]{32}$/;

/** 32 lowercase hex digits, the key's 16 bytes in order. */
export function parseSipKey(hex: string): SipKey {
  if (typeof hex !== 'string' || !HEX_KEY.test(hex)) throw new TypeError('A SipHash key is 32 lowercase hex digits');
  const byte = (i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const littleEndian = (at: number) => (byte(at) | (byte(at + 1) << 8) | (byte(at + 2) << 16) | (byte(at + 3) << 24)) >>> 0;
  return Uint32Array.of(littleEndian(4), littleEndian(0), littleEndian(12), littleEndian(8));
}

export function isSipKeyHex(value: unknown): value is string {
  return typeof value === 'string' && HEX_KEY.test(value);
}

// Offsets of v0..v3 in the state: each takes two slots, high half then low half.
const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

function add(s: Uint32Array, a: number, b: number): void {
  const low = (s[a + 1] as number) + (s[b + 1] as number);
  s[a] = (s[a] as number) + (s[b] as number) + (low > 0xffffffff ? 1 : 0);
  s[a + 1] = low;
}

function rotate(s: Uint32Array, a: number, bits: number): void {
  const high = s[a] as number;
  const low = s[a + 1] as number;
  if (bits === 32) {
    s[a] = low;
    s[a + 1] = high;
    return;
  }
  s[a] = (high << bits) | (low >>> (32 - bits));
  s[a + 1] = (low << bits) | (high >>> (32 - bits));
}

function xor(s: Uint32Array, a: number, b: number): void {
  s[a] = (s[a] as number) ^ (s[b] as number);
  s[a + 1] = (s[a + 1] as number) ^ (s[b + 1] as number);
}

function sipRound(s: Uint32Array): void {
  add(s, V0, V1);
  rotate(s, V1, 13);
  xor(s, V1, V0);
  rotate(s, V0, 32);
  add(s, V2, V3);
  rotate(s, V3, 16);
  xor(s, V3, V2);
  add(s, V0, V3);
  rotate(s, V3, 21);
  xor(s, V3, V0);
  add(s, V2, V1);
  rotate(s, V1, 17);
  xor(s, V1, V2);
  rotate(s, V2, 32);
}

function compress(s: Uint32Array, high: number, low: number, rounds: number): void {
  s[V3] = (s[V3] as number) ^ high;
  s[V3 + 1] = (s[V3 + 1] as number) ^ low;
  for (let i = 0; i < rounds; i++) sipRound(s);
  s[V0] = (s[V0] as number) ^ high;
  s[V0 + 1] = (s[V0 + 1] as number) ^ low;
}

const state = new Uint32Array(8);

/** SipHash-2-4 of `bytes`: the 64-bit result as [high, low] 32-bit halves. */
export function sipHash(key: SipKey, bytes: Uint8Array): [number, number] {
  const [k0High, k0Low, k1High, k1Low] = key as unknown as [number, number, number, number];
  // "somepseudorandomlygeneratedbytes"
  state.set([k0High ^ 0x736f6d65, k0Low ^ 0x70736575, k1High ^ 0x646f7261, k1Low ^ 0x6e646f6d, k0High ^ 0x6c796765, k0Low ^ 0x6e657261, k1High ^ 0x74656462, k1Low ^ 0x79746573]);
  const word = (at: number) => ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)) >>> 0;
  const whole = bytes.length - (bytes.length % 8);
  for (let at = 0; at < whole; at += 8) compress(state, word(at + 4), word(at), 2);
  // The last block: the remaining bytes, and the length (mod 256) in its top byte.
  let high = (bytes.length & 0xff) << 24;
  let low = 0;
  for (let i = 0; i < bytes.length - whole; i++) {
    const value = bytes[whole + i] as number;
    if (i < 4) low |= value << (8 * i);
    else high |= value << (8 * (i - 4));
  }
  compress(state, high >>> 0, low >>> 0, 2);
  state[V2 + 1] = (state[V2 + 1] as number) ^ 0xff;
  for (let i = 0; i < 4; i++) sipRound(state);
  return [
    ((state[V0] as number) ^ (state[V1] as number) ^ (state[V2] as number) ^ (state[V3] as number)) >>> 0,
    ((state[V0 + 1] as number) ^ (state[V1 + 1] as number) ^ (state[V2 + 1] as number) ^ (state[V3 + 1] as number)) >>> 0,
  ];
}
