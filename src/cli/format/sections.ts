// Reference section titles from src/content, for explain, SARIF help and the plain home screen.
// Loaded on demand, so `lint` in text or JSON form never pays for reading the content.

export interface SectionInfo {
  id: string;
  title: string;
}

/**
 * Every reference section, in reading order. A missing or unreadable content folder leaves only
 * the titles out (callers fall back to the section ID), so it never breaks lint or explain.
 */
export async function loadSectionList(): Promise<SectionInfo[]> {
  try {
    const { loadSections } = await import('../../content/sections');
    return loadSections().map((s) => ({ id: s.id, title: s.title }));
  } catch {
    return [];
  }
}

export async function sectionTitles(): Promise<Map<string, string>> {
  return new Map((await loadSectionList()).map((s) => [s.id, s.title]));
}
