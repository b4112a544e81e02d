import { describe, expect, it } from 'vitest';
import { ANKI_HEADER, ankiExport } from '../../src/content/anki-export';
import { DECK } from '../../src/content/deck';

function parse(text: string) {
  const lines = text.trimEnd().split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  return { header, notes };
}

describe('the Anki export', () => {
  it.each(['ko', 'en'] as const)(
    'in %s: the header lines Anki reads, three columns, every card once',
    (lang) => {
      const { header, notes } = parse(ankiExport(DECK, lang));
      expect(header).toEqual([...ANKI_HEADER]);
      expect(notes).toHaveLength(DECK.length);
      for (const note of notes) expect(note).toHaveLength(3);
      const fronts = notes.map((n) => n[0]);
      expect(new Set(fronts).size).toBe(DECK.length);
      expect(fronts).toEqual(DECK.map((c) => c.question[lang]));
    },
  );

  it('puts the answer and its explanation on the back, and tags types and topic', () => {
    const { notes } = parse(ankiExport(DECK, 'en'));
    const card = DECK.find((c) => c.id === 'feat.api-keys.which');
    const note = notes.find((n) => n[0] === card?.question.en);
    expect(note?.[1]).toBe(`${card?.answer.en} — ${card?.explanation.en}`);
    expect(note?.[2]?.split(' ')).toEqual(
      expect.arrayContaining([
        'api-gateway',
        'type::rest',
        'type::http',
        'type::websocket',
        'topic::management',
        'core',
      ]),
    );
  });

  it('keeps tabs and line breaks in the text from breaking a note', () => {
    const card = { ...(DECK[0] as (typeof DECK)[number]) };
    const odd = { ...card, question: { ko: 'a\tb\nc', en: 'a\tb\nc' } };
    const { notes } = parse(ankiExport([odd], 'en'));
    expect(notes).toEqual([['a b c', expect.any(String), expect.any(String)]]);
  });
});
