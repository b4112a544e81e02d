import { CHOICE_LETTERS, type StudyCard } from './deck-builder.ts';
import type { Text } from './types.ts';

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

/** The question; a scenario's options follow it, lettered A-E (one field: no line breaks). */
export function ankiFront(card: StudyCard, lang: keyof Text): string {
  const options = card.choices?.options ?? [];
  return [card.question[lang], ...options.map((o, i) => `${CHOICE_LETTERS[i]}. ${o[lang]}`)].join(
    ' | ',
  );
}

/** The answer and its explanation; for a scenario, then why each other option is wrong. */
function ankiBack(card: StudyCard, lang: keyof Text): string {
  const why = (card.choices?.why ?? []).flatMap((w, i) =>
    w ? [`${CHOICE_LETTERS[i]}: ${w[lang]}`] : [],
  );
  return [`${card.answer[lang]} — ${card.explanation[lang]}`, ...why].join(' | ');
}

/**
 * The deck as a file Anki imports as Basic notes: front (the question, with a scenario's
 * options), back (the answer and its explanation, with why the other options are wrong),
 * tags for the API types and the feature group or topic.
 */
export function ankiExport(deck: readonly StudyCard[], lang: keyof Text): string {
  const lines: string[] = [...ANKI_HEADER];
  for (const card of deck) {
    lines.push([field(ankiFront(card, lang)), field(ankiBack(card, lang)), tags(card)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
