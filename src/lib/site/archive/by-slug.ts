/**
 * Slug order as the article ranking breaks ties (`localeCompare`), then the position in
 * the caller's list, which is where a stable sort leaves items that tie on the slug too.
 */
export function bySlug(a: { slug: string; order: number }, b: { slug: string; order: number }): number {
  return a.slug.localeCompare(b.slug) || a.order - b.order;
}
