import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/find-chromium';

describe('the e2e harness finds a system browser', () => {
  it('uses CHROMIUM_PATH first', () => {
    expect(
      findChromium({ CHROMIUM_PATH: '/opt/my/chromium' }, (path) => path === '/opt/my/chromium'),
    ).toBe('/opt/my/chromium');
  });

  it('refuses a CHROMIUM_PATH that points at nothing', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere' }, () => false)).toThrow(
      /CHROMIUM_PATH .*\/nowhere/,
    );
  });

  it('falls back to Debian’s chromium, then chromium-browser', () => {
    expect(findChromium({}, (path) => path === '/usr/bin/chromium-browser')).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({}, () => true)).toBe('/usr/bin/chromium');
  });

  it('fails with a message naming how to install one when none is found', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install chromium/);
  });
});
