// The day the content (reference, trees, rule texts, exercises) was last checked for
// current releases. Tests lint every example as of this day, so CI never breaks because
// a day passed; `npm run content:eol` lints the same examples as of today, for the yearly
// refresh (update content/versions.json, then this date).
export const CONTENT_REVIEW_DATE = '2026-12-07';
