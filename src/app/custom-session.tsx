import { useState } from 'react';
import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import type { Content } from '../content/content-index.ts';
import { DECK_ORDER } from '../content/deck-order.ts';
import type { CardState } from '../domain/card-state.ts';
import { cardsDueAhead, customSession } from '../domain/study-more.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { useAppStore } from '../store/store-context.tsx';
import { clock } from './clock.ts';
import type { CustomPlan } from './study-plan.ts';
import { StudySessionView } from './study-session-view.tsx';
import { useContent } from './use-content.ts';
import { type SessionSource, useStudyDay } from './use-session-queue.ts';
import { useT } from './use-t.ts';

interface Session {
  readonly ids: readonly string[];
  readonly title: string;
  readonly intro: string;
  readonly done: string;
  readonly empty: string;
}

/** The cards and the words of a custom session, as they are when it starts. */
function sessionFor(
  plan: CustomPlan,
  content: Content,
  cards: Readonly<Record<string, CardState>>,
  dayStart: number,
  lang: Lang,
  t: Translate,
): Session {
  if (plan.kind === 'ahead') {
    const ids = cardsDueAhead(DECK_ORDER, cards, clock.now(), plan.days, dayStart);
    const days = plan.days;
    return {
      ids,
      title: t('study.ahead.title', { days }),
      intro: t('study.ahead.intro', { days, count: ids.length }),
      done: t('study.ahead.done'),
      empty: t('study.ahead.empty', { days }),
    };
  }
  if (plan.kind === 'cards') {
    const count = plan.cardIds.length;
    return {
      ids: plan.cardIds,
      title: t('study.cards.title', { count }),
      intro: t('study.cards.intro', { count }),
      done: t('study.cards.done'),
      empty: t('study.cards.done'),
    };
  }
  let name: string;
  let ids: readonly string[];
  if (plan.kind === 'rows') {
    const rows = content.rows.filter((r) => plan.rowIds.includes(r.id));
    name = rows.map((r) => r.name[lang]).join(', ');
    ids = [...new Set(rows.flatMap((r) => content.cardIdsForRow(r.id)))];
    return {
      ids,
      title: t('study.rows.title', { names: name }),
      intro: t('study.rows.intro', { names: name }),
      done: t('study.rows.done'),
      empty: t('study.rows.done'),
    };
  }
  const keyed = plan.kind === 'type' ? content.byType : content.byGroup;
  const key = plan.kind === 'type' ? plan.type : plan.group;
  const mine = new Set(keyed.filter((c) => c.keys.includes(key)).map((c) => c.id));
  ids = customSession(
    DECK_ORDER.filter((id) => mine.has(id)),
    cards,
  );
  name =
    plan.kind === 'type'
      ? API_TYPE_LABEL[plan.type]
      : (content.groups.find((g) => g.id === plan.group)?.name[lang] ?? plan.group);
  return {
    ids,
    title: t('study.custom.title', { name }),
    intro: t('study.custom.intro', { name, count: ids.length }),
    done: t('study.custom.done', { name }),
    empty: t('study.custom.done', { name }),
  };
}

/** A custom session: its cards are chosen once, when it opens, and stay for the sitting. */
export function CustomSession({ plan }: { plan: CustomPlan }) {
  const { t, lang } = useT();
  const content = useContent();
  const cards = useAppStore((s) => s.cards);
  const { dayStart } = useStudyDay();
  const [session] = useState(() => sessionFor(plan, content, cards, dayStart, lang, t));
  const [source] = useState<SessionSource>(() => ({ kind: 'cards', ids: session.ids }));
  return (
    <StudySessionView
      source={source}
      title={session.title}
      doneTitle={session.done}
      emptyTitle={session.empty}
      intro={<p className="session-intro">{session.intro}</p>}
    />
  );
}
