/**
 * The lowest per-field accuracy the parser may score on the fixtures. The fixtures are
 * the specification, so the floor is pinned at 1: a change that breaks one fails CI.
 * Lower it only with a note saying which fixture regressed and why that is accepted.
 */
export const EVALUATION_FLOOR = 1;
