export * from './audit.js';
export * from './commitments.js';
export * from './files.js';
export * from './overlaps.js';
export * from './reports.js';
export * from './tracking.js';
export * from './units.js';
export * from './users.js';
