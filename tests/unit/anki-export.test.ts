import { describe, expect, it } from 'vitest';
import { ANKI_HEADER, ankiExport, ankiFront } from '../../src/content/anki-export.ts';
import { DECK } from '../../src/content/deck.ts';

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
      expect(fronts).toEqual(DECK.map((c) => ankiFront(c, lang)));
      for (const card of DECK.filter((c) => !c.choices)) {
        expect(ankiFront(card, lang)).toBe(card.question[lang]);
      }
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

  it("puts a scenario's options on the front (A-E) and the right letters and reasons on the back", () => {
    const { notes } = parse(ankiExport(DECK, 'en'));
    const card = DECK.find((c) => c.id === 'scn.needs-that-force-rest.choose');
    const choices = card?.choices;
    const note = notes.find((n) => n[0]?.startsWith(card?.question.en ?? '-'));
    expect(choices?.options).toHaveLength(5);
    expect(note?.[0]).toBe(
      [card?.question.en, ...(choices?.options ?? []).map((o, i) => `${'ABCDE'[i]}. ${o.en}`)].join(
        ' | ',
      ),
    );
    const back = note?.[1] ?? '';
    // Correct: A and D. The back names them in full, then why B, C and E are wrong.
    expect(
      back.startsWith(`A. ${choices?.options[0]?.en} / D. ${choices?.options[3]?.en} — `),
    ).toBe(true);
    expect(back).toContain(card?.explanation.en);
    for (const i of [1, 2, 4]) expect(back).toContain(`${'ABCDE'[i]}: ${choices?.why[i]?.en}`);
    for (const i of [0, 3]) expect(back).not.toContain(`${'ABCDE'[i]}: `);
    expect(note?.[2]?.split(' ')).toEqual(expect.arrayContaining(['topic::api-type']));
  });
});
