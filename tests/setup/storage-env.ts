import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { closeStorage } from '../../src/storage/storage';

afterEach(() => closeStorage());
