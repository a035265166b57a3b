/**
 * When the site was built, as the open data states it: SOURCE_DATE_EPOCH (seconds since
 * 1970, the reproducible-builds convention) when it is set, so that two builds of the same
 * archive are the same bytes (a daily update against a build from scratch); else now.
 * Read once, so every page of a build gives the same time.
 */
export const BUILT_AT: Date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
