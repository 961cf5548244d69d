/**
 * The most records one person can add, and the most a saved file may hold: one limit for both, so
 * whatever the app lets a person save, it can open again. Legal-aid clients can have dozens of
 * arrests; 100 leaves room for them while keeping a saved file and the results page a sane size.
 */
export const MAX_RECORDS = 100;
