/** A report that cannot become an article; the message says why, in plain words. */
export class ReportError extends Error {
  override name = 'ReportError';
}
