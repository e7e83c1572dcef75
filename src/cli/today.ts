// The CLI's name for the day lint judges against; it lives in content so the TUI reads the same day.
export { lintDay } from '../content/lint-day';
