import type { Page } from '@playwright/test';

/**
 * Runs `expression` in the extension's content-script world of `page`'s top frame, through the DevTools protocol: a
 * test-only way in that no page script has. The attacker probes use it to act as a compromised content script.
 * Waits until the world exists (the watcher runs at document_idle). `expression` may be async; its result must be
 * JSON-serialisable.
 */
export async function evaluateInExtensionWorld<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const topFrame = frameTree.frame.id;
    const deadline = Date.now() + 10_000;
    let world: (typeof contexts)[number] | undefined;
    while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === topFrame && c.origin.startsWith('chrome-extension://')))) {
      if (Date.now() > deadline) throw new Error('No extension world in this page');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the extension world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
