/* react-aria's usePress puts an inline <style id="react-aria-pressable-style"> in the head (a
   touch-action rule), which the Content-Security-Policy (`style-src 'self'`, decision 010) refuses.
   It skips that when an element with this id is already there: this module puts one, a <link> to
   the same rule in a stylesheet of our own, served from our origin (decision 013). */
import pressableStyleUrl from './csp-pressable-style.css?url';

const REACT_ARIA_PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

if (typeof document !== 'undefined' && !document.getElementById(REACT_ARIA_PRESSABLE_STYLE_ID)) {
  const link = document.createElement('link');
  link.id = REACT_ARIA_PRESSABLE_STYLE_ID;
  link.rel = 'stylesheet';
  link.href = pressableStyleUrl;
  document.head.prepend(link);
}
