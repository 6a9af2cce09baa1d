import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer } from '../../src/mocks/node';
import { closeStorage } from '../../src/storage/storage';

// jsdom has no fetch base URL: requests to '/api/…' resolve against jsdom's location.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  closeStorage();
});
afterAll(() => mockServer.close());
