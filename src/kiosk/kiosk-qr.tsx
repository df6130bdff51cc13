// The QR code on the wall: the public view of the unit on a phone, drawn as SVG in the page (no third party, no network).
import { useMemo } from 'react';
import { encode } from 'uqr';
import { pageHref, type LinkedView } from '../view/view-params';

/**
 * The public view of the unit, field and period on screen, beside the kiosk's own page, built as every page link is
 * (view-params.ts). A synthetic root has no id of its own to give: the public view then opens on the feed's root.
 */
export function publicViewUrl(kioskHref: string, view: LinkedView): string {
  return pageHref('public.html', kioskHref, view);
}

/** One path of unit squares, one per dark module, on a light quiet zone (phones read dark on light, whatever the theme). */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return path;
}

export function KioskQr({ url, caption }: { url: string; caption: string }) {
  // Level M survives a smudged screen or a glare; the border is the quiet zone a reader needs.
  const qr = useMemo(() => encode(url, { ecc: 'M', border: 2 }), [url]);
  return (
    <figure className="kiosk-qr">
      <svg
        className="kiosk-qr__code"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={caption}
        data-url={url}
      >
        <rect width={qr.size} height={qr.size} fill="#ffffff" />
        <path d={qrPath(qr.data)} fill="#000000" />
      </svg>
      <figcaption className="kiosk-qr__caption">{caption}</figcaption>
    </figure>
  );
}
