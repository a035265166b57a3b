/** The archive's name and description, as every page and feed shows them. */
export const SITE_NAME = 'Kho lưu trữ tin tức cấp huyện';
export const SITE_DESCRIPTION =
  'Lưu trữ các bản tin hội nghị, giao ban của Huyện ủy, UBND các huyện: tìm theo năm, huyện, tỉnh, chuyên mục.';
/** Articles per listing page, the same for every listing. */
export const PAGE_SIZE = 20;
/** The open data's licence: the archive's compilation is free to reuse with attribution; each text stays its publisher's. */
export const DATA_LICENCE = { name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' };
