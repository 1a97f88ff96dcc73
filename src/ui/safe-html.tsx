// The one sink for article HTML in extension pages: the string passes src/core/sanitize (one
// DOMPurify configuration) right here, where it is inserted, as a DOM fragment.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../core/sanitize';

export interface SafeHtmlProps {
  html: string;
  class?: string;
  lang?: string;
  /** Called after the sanitised content is in place (to mark sentences, for example). */
  onRendered?: (container: HTMLElement) => void;
  /**
   * Changes the sanitised nodes before they are inserted: the library points images at the
   * copies it keeps (data: URLs it made), so the browser never fetches the originals.
   */
  afterSanitize?: (fragment: DocumentFragment) => void;
}

export function SafeHtml({
  html,
  class: className,
  lang,
  onRendered,
  afterSanitize,
}: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    const fragment = sanitizeToFragment(html, window);
    afterSanitize?.(fragment);
    container.replaceChildren(fragment);
    onRendered?.(container);
  }, [html, onRendered, afterSanitize]);
  return <div ref={ref} class={className} lang={lang} />;
}
