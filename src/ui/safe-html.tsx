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
}

export function SafeHtml({ html, class: className, lang, onRendered }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    container.replaceChildren(sanitizeToFragment(html, window));
    onRendered?.(container);
  }, [html, onRendered]);
  return <div ref={ref} class={className} lang={lang} />;
}
