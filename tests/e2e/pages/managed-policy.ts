import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extensionDir } from '../browser';

/**
 * A real organisation policy for the policy spec, as an administrator deploys one: a JSON file in Chromium's
 * managed policy directory with a "3rdparty" section for one extension id. The production build's id is random
 * (unpacked, no key), so the spec loads a copy of it with this test-only public key in its manifest, which gives
 * it a fixed id; the policy names that id only, so every other spec (and any other Chromium on the machine) sees
 * no policy. There is no private key: an id is derived from the public key alone.
 */
const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx2XtFpd3VBlJx273DhUKnZnHRWLrxNwjrZOzqz/bQr7/Puy8aSxJx5l8VnnP7MMOrk6VqZpc6KUr7O6lYlY1dRL23K81Kyv57fhkIO8euwGkNPwXHJLo/RtWrKs3PldsYUxFR7U/eaJyyyO18ik8ZVY8SH/YwZL1DVMJaWrrZNigYdKYO8CO5CyI1LbEd51eMPUjBe8tivkMKirAGyQjqke/3udYlQa3Q90A7+X/xt8QXtX5+kuArKSPqoOWiIOWivLwhO1fvh8nk513etq8BR3tQqcJqOEL0aMs6+PwbD3GuSYWEoFZxUW5YVugKHn+LMUmePly0pm8SqM8azjLsQIDAQAB';

/** Chromium's id for a key: the first 32 hex digits of its SHA-256, each as a letter a–p. */
export function extensionIdOf(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export const POLICY_EXTENSION_ID = extensionIdOf(TEST_KEY);

/** Debian's Chromium reads policy from here only (compiled in; root-owned). */
export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const policyFile = path.join(POLICY_DIR, `social-coach-e2e-${POLICY_EXTENSION_ID}.json`);

/** The production build, copied beside it with the test key: same code, its own id. */
export function buildWithTestKey(): string {
  const dir = `${extensionDir}-policy-test`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: TEST_KEY }));
  return dir;
}

/** Writes the policy for the test id; throws (EACCES) where the directory is not writable. */
export function installPolicy(policy: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [POLICY_EXTENSION_ID]: policy } } }, null, 2));
}

export function removePolicy(): void {
  rmSync(policyFile, { force: true });
}

/** Why a real policy can't be installed here, or null when it can. */
export function policyUnavailable(): string | null {
  try {
    installPolicy({});
    removePolicy();
    return null;
  } catch (error) {
    return `Chromium's policy directory ${POLICY_DIR} is not writable (${(error as NodeJS.ErrnoException).code ?? String(error)}); run as root, as .ci/run does`;
  }
}
