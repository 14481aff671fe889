// Document intake (issue 5): extraction of a directive's fields from its text, and matching of
// pasted unit names against the unit directory.
export { extractDirective } from './extract.js';
export { matchUnitNames, type NameListResult, type NameMatch } from './names.js';
export type * from './types.js';
