// What counts as written content in a chapter or section. Shared by validation, the wizard's step status and
// the document blocks, so that a part the checks accept is also printed as content.
import type { Chapter, Report, Section } from './model';
import { templateChapter } from './templates';

const hasText = (s: string | null | undefined): boolean => Boolean(s && s.trim());

/**
 * A complete sentence or list clause: ends in a sentence-final mark (。！？；…, or . ! ? ; in English), possibly
 * followed by closing quotes or brackets. 「加强审核队伍建设，年内配备2名专职人员。」 is one; a template's
 * placeholder heading 「健全依法行政制度体系」 is not.
 */
export const isCompleteSentence = (text: string): boolean => /[。！？；….!?;][”’」』）)》〉]*$/u.test(text.trim());

/** Lead paragraphs, items or closing paragraphs with text. */
export const partHasBody = (part: Chapter | Section): boolean =>
  part.paragraphs.some(hasText) ||
  part.closing.some(hasText) ||
  part.items.some((item) => hasText(item.title) || hasText(item.body));

/** The heading is still the prompt of the template the section was made from (「依法科学民主决策。」), unrewritten. */
function isTemplatePrompt(report: Pick<Report, 'templateId'>, chapter: Chapter, section: Section): boolean {
  if (!section.guidanceKey) return false;
  const prompt = templateChapter(report, chapter.key)?.sections.find((s) => s.key === section.guidanceKey);
  return prompt !== undefined && Object.values(prompt.heading).some((h) => h.trim() === section.heading.trim());
}

/**
 * A section with no body whose heading is a whole sentence of the writer's own: a list entry (the （一）（二）… of
 * a plans or problems chapter), whose content is that sentence. It is printed as a paragraph, not as a heading
 * waiting for text. A template's prompt heading left as it was is not content, sentence or not.
 */
export const isStatementSection = (report: Pick<Report, 'templateId'>, chapter: Chapter, section: Section): boolean =>
  !partHasBody(section) && isCompleteSentence(section.heading) && !isTemplatePrompt(report, chapter, section);

/** The section holds content: a body, or a heading that is itself the statement. */
export const sectionHasContent = (report: Pick<Report, 'templateId'>, chapter: Chapter, section: Section): boolean =>
  partHasBody(section) || isStatementSection(report, chapter, section);

/** The chapter holds content: its own body or any section's. */
export const chapterHasContent = (report: Pick<Report, 'templateId'>, chapter: Chapter): boolean =>
  partHasBody(chapter) || chapter.sections.some((s) => sectionHasContent(report, chapter, s));
