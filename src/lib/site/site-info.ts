/** The archive's name and description, as every page and feed shows them. */
export const SITE_NAME = 'Kho lưu trữ tin tức cấp huyện';
export const SITE_DESCRIPTION =
  'Lưu trữ các bản tin hội nghị, giao ban của Huyện ủy, UBND các huyện: tìm theo năm, huyện, tỉnh, chuyên mục.';
/** Articles per listing page, the same for every listing. */
export const PAGE_SIZE = 20;
