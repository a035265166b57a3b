/**
 * A caption is a Markdown paragraph between these two raw HTML lines, so the body
 * renders a `<figure>` with its `<figcaption>` through any CommonMark renderer and the
 * text inside stays Markdown, escaped like every other paragraph.
 */
export const CAPTION_OPEN = '<figure class="photo-caption"><figcaption>';
export const CAPTION_CLOSE = '</figcaption></figure>';
