import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fake-browser keeps state between tests unless told otherwise.
beforeEach(() => {
  fakeBrowser.reset();
});
