import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mocked API for unit tests (jsdom): each test file starts it and resets it after each test. */
export const mockServer = setupServer(...handlers);
