// The images a saved article keeps (issue 16), in the library's reading view: data: URLs made
// from the stored bytes (the CSP's img-src allows data: already, and no blob: source is added to
// it), and the notice shown when some of the article's images are still links: why, and the one
// click that asks for host access.
import { dataUrl } from '../core/collection/article-images';
import type { StoredImage } from '../core/schema/images';
import type { Translate } from '../contracts/i18n';

/** What the library page needs from the browser to keep images (main.tsx makes it). */
export interface ImagesConnector {
  /** The reader's setting (on by default). */
  enabled: boolean;
  /** Whether Ringkas may fetch images from any site. */
  hasAccess: () => Promise<boolean>;
  /** Asks for that access: must be called straight from the click, before any await. */
  ask: () => Promise<boolean>;
  /** Has the background fetch and keep the images of this article. */
  keep: (id: string) => Promise<unknown>;
}

/** An address per kept image: a data: URL of its bytes. */
export function keptAddresses(images: readonly StoredImage[]): Map<string, string> {
  return new Map(images.map((image) => [image.url, dataUrl(image.type, image.bytes)]));
}

export interface ImagesNoticeProps {
  t: Translate;
  /** Images of the article shown from the web. */
  remote: number;
  /** Whether Ringkas may fetch images (null while unknown). */
  access: boolean | null;
  busy: boolean;
  /** Asks for access when `ask` (in the click itself), then keeps the images. */
  onKeep: (ask: boolean) => void;
}

export function ImagesNotice({ t, remote, access, busy, onKeep }: ImagesNoticeProps) {
  if (!remote || access === null) return null;
  return (
    <section class="images-notice">
      <p>{access ? t('library_imagesMissing', [remote]) : t('library_imagesNoAccess')}</p>
      <button type="button" disabled={busy} onClick={() => onKeep(!access)}>
        {busy
          ? t('library_imagesKeeping')
          : access
            ? t('library_imagesRetry')
            : t('library_imagesAllow')}
      </button>
    </section>
  );
}
