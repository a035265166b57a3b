/** Articles per listing page, the same for every listing. */
export const PAGE_SIZE = 20;
/**
 * The open data's licence, as the about and open-data pages state it: the archive's
 * compilation free to reuse with attribution; each text stays its publisher's. A default
 * the archive's operator must confirm (the README says so): change it here only.
 */
export const DATA_LICENCE = { name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' };
