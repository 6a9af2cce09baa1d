import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer } from '../../src/mocks/node';
import { closeStorage } from '../../src/storage/storage';

// Pages, the storage session and the locale files load lazily, as in the app (issue 13): the
// first visit of a page in a test file waits for its modules, which a loaded machine running the
// whole suite with coverage takes more than Testing Library's default second to prepare.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no fetch base URL: requests to '/api/…' resolve against jsdom's location.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  closeStorage();
});
afterAll(() => mockServer.close());
