/**
 * The case-list bench's probe, run as an init script before the app's own scripts
 * (tests/bench/case-list.ts compiles it to plain JavaScript): it times, from within the page, the
 * unlock click to the first case rows, each keystroke in the search box to the updated rows, and
 * the steps the bench arms afterwards (a save, the way back to the list). It watches the DOM and
 * wraps crypto.subtle to split the wait into phases and count the records decrypted; it changes
 * nothing the app does, and never reads a case's content.
 */
import type { CaseListProbe, CaseListProbeWindow, StepTiming } from './types';

function installCaseListProbe(): void {
  const now = () => performance.now();
  const probe: CaseListProbe = {
    arm() {
      armed = true;
      delete probe.clickAt;
      delete probe.unlockedAt;
      delete probe.firstRowsAt;
      delete probe.firstRowsFrameAt;
      delete probe.firstRowsPartial;
      delete probe.allRowsAt;
      probe.derive = { calls: 0 };
      probe.decrypt = { calls: 0 };
      probe.reader = { requests: 0 };
      probe.longTasks = [];
      probe.interactions = [];
      probe.keystrokes = [];
    },
    derive: { calls: 0 },
    decrypt: { calls: 0 },
    reader: { requests: 0 },
    longTasks: [],
    interactions: [],
    keystrokes: [],
    armStep(selector, text, windowMs) {
      probe.step =
        text === undefined
          ? { selector, windowMs, decryptCalls: 0, lateDecryptCalls: 0 }
          : { selector, text, windowMs, decryptCalls: 0, lateDecryptCalls: 0 };
    },
  };
  let armed = false;
  let pendingKey: { key: string; at: number } | undefined;
  let lastStatus: string | undefined;

  // crypto.subtle: when the key work and the decryption of the records start and end.
  const subtle = SubtleCrypto.prototype as unknown as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  const wrap = (method: string, group: 'derive' | 'decrypt') => {
    const original = subtle[method];
    if (!original) return;
    subtle[method] = function (this: SubtleCrypto, ...args: unknown[]) {
      const counts = probe[group];
      const at = now();
      counts.calls += 1;
      counts.firstAt ??= at;
      // The step armed at the call: a later step does not count what this one started.
      const step =
        group === 'decrypt' && probe.step?.clickAt !== undefined ? probe.step : undefined;
      if (group === 'decrypt') probe.decryptActivityAt = at;
      if (step) {
        if (step.shownAt === undefined || at <= step.shownAt + step.windowMs)
          step.decryptCalls += 1;
        else step.lateDecryptCalls += 1;
      }
      return original.apply(this, args).then((result) => {
        counts.lastDoneAt = now();
        if (group === 'decrypt') probe.decryptActivityAt = counts.lastDoneAt;
        return result;
      });
    };
  };
  wrap('deriveBits', 'derive');
  wrap('deriveKey', 'derive');
  wrap('unwrapKey', 'derive');
  wrap('decrypt', 'decrypt');
  // The Argon2id derivation runs in a worker of its own (decision 011): from its creation to its
  // answer, it is key work too. The case reader's worker (issue 13) reads the cases: its requests
  // and answers are timed apart.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name === 'case-reader') {
        const post = this.postMessage.bind(this) as (message: unknown, ...rest: unknown[]) => void;
        this.postMessage = (message: unknown, ...rest: unknown[]) => {
          if ((message as { type?: string } | null)?.type === 'list') {
            probe.reader.requests += 1;
            probe.reader.firstAskedAt ??= now();
          }
          post(message, ...rest);
        };
        this.addEventListener('message', () => {
          probe.reader.firstAnsweredAt ??= now();
        });
        return;
      }
      const counts = probe.derive;
      counts.calls += 1;
      counts.firstAt ??= now();
      this.addEventListener('message', () => (counts.lastDoneAt = now()), { once: true });
    }
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // No long-task timing in this browser: the phases are still measured.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        if (entry.interactionId)
          probe.interactions.push({
            id: entry.interactionId,
            name: entry.name,
            duration: entry.duration,
          });
    }).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
  } catch {
    // No Event Timing in this browser: the keystrokes are still timed below.
  }

  // Event timestamps share performance.now()'s clock: the time the input reached the page.
  document.addEventListener(
    'click',
    (event) => {
      if (armed && probe.clickAt === undefined) probe.clickAt = event.timeStamp;
      if (probe.step && probe.step.clickAt === undefined) probe.step.clickAt = event.timeStamp;
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (armed) pendingKey = { key: event.key, at: event.timeStamp };
    },
    true,
  );

  const nextFrame = (record: (at: number) => void) =>
    requestAnimationFrame(() => {
      record(now());
    });

  const stepShown = (step: StepTiming) =>
    [...document.querySelectorAll(step.selector)].some(
      (element) => step.text === undefined || element.textContent.trim() === step.text,
    );

  const observe = () => {
    const at = now();
    const step = probe.step;
    if (step?.clickAt !== undefined && step.shownAt === undefined && stepShown(step)) {
      step.shownAt = at;
      setTimeout(() => {
        step.windowEndAt = now();
      }, step.windowMs);
    }
    if (!armed) return;
    if (probe.clickAt !== undefined && probe.unlockedAt === undefined) {
      if (!document.querySelector('input[type="password"]')) probe.unlockedAt = at;
    }
    const complete = document.querySelector('.count[data-complete]') !== null;
    if (probe.firstRowsAt === undefined && document.querySelector('.case-list li')) {
      probe.firstRowsAt = at;
      probe.firstRowsPartial = !complete;
      nextFrame((frameAt) => {
        probe.firstRowsFrameAt = frameAt;
      });
    }
    if (probe.firstRowsAt !== undefined && probe.allRowsAt === undefined && complete)
      probe.allRowsAt = at;
    const status = document.querySelector('.count[role="status"]')?.textContent ?? undefined;
    if (status !== lastStatus) {
      lastStatus = status;
      const key = pendingKey;
      if (key && status !== undefined) {
        pendingKey = undefined;
        nextFrame((frameAt) => {
          probe.keystrokes.push({
            key: key.key,
            status,
            domMs: at - key.at,
            frameMs: frameAt - key.at,
          });
        });
      }
    }
  };
  new MutationObserver(observe).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });

  (window as Window & CaseListProbeWindow).caseListProbe = probe;
}

installCaseListProbe();
