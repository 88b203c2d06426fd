/** A fixed install key for tests: fingerprints are keyed, and a test must be able to make matching ones. */
export const TEST_KEY = '000102030405060708090a0b0c0d0e0f';
