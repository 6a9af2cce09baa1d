// First: zod must know it may not use eval before any schema runs (Content-Security-Policy).
import './zod-config';

// Then the app, as a chunk of its own: its modules (and the shared chunks they import) are
// evaluated only now, after the line above, whatever way the bundler splits them.
void import('./start').then(({ start }) => start());
