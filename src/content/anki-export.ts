import type { StudyCard } from './deck-builder';
import type { Text } from './types';

/** Anki's text-import header: tab-separated, plain text, tags in the third column. */
export const ANKI_HEADER = ['#separator:tab', '#html:false', '#tags column:3'] as const;

/** One field: Anki reads a tab or a line break as the end of a field or a note. */
function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

function tags(card: StudyCard): string {
  const list = ['api-gateway', ...card.apiTypes.map((t) => `type::${t}`), `topic::${card.topic}`];
  if (card.core) list.push('core');
  return list.join(' ');
}

/**
 * The deck as a file Anki imports as Basic notes: front (the question), back (the answer
 * and its explanation), tags for the API types and the feature group or topic.
 */
export function ankiExport(deck: readonly StudyCard[], lang: keyof Text): string {
  const lines: string[] = [...ANKI_HEADER];
  for (const card of deck) {
    const back = `${card.answer[lang]} — ${card.explanation[lang]}`;
    lines.push([field(card.question[lang]), field(back), tags(card)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
