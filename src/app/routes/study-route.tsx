import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../components/use-t.ts';
import { API_TYPE_LABEL } from '../../content/api-type-label.ts';
import type { Content } from '../../content/content-index.ts';
import { DECK_ORDER } from '../../content/deck-order.ts';
import { API_TYPES, type ApiType } from '../../content/types.ts';
import type { CardState } from '../../domain/card-state.ts';
import { cardsDueAhead, customSession, MAX_AHEAD_DAYS } from '../../domain/study-more.ts';
import type { Lang, Translate } from '../../i18n/messages.ts';
import { useAppStore } from '../../store/store-context.tsx';
import { clock } from '../clock.ts';
import { paths } from '../paths.ts';
import { StudySessionView } from '../study-session-view.tsx';
import { useContent } from '../use-content.ts';
import { type SessionSource, useStudyDay } from '../use-session-queue.ts';

const TODAY: SessionSource = { kind: 'today' };

/** What a /study address asks for; `bad` names the part of it that cannot be read. */
type Plan =
  | { readonly kind: 'today' }
  | { readonly kind: 'rows'; readonly rowIds: readonly string[] }
  | { readonly kind: 'cards'; readonly cardIds: readonly string[] }
  | { readonly kind: 'ahead'; readonly days: number }
  | { readonly kind: 'type'; readonly type: ApiType }
  | { readonly kind: 'group'; readonly group: string }
  /** `row`: the unknown comparison rows (else the part of the address that is wrong). */
  | { readonly kind: 'bad'; readonly param: string; readonly row?: true };

/** Reads /study's search: at most one of row or card (repeatable), ahead, type or group. */
export function readPlan(params: URLSearchParams, content: Content): Plan {
  const rows = params.getAll('row');
  const cardIds = params.getAll('card');
  const ahead = params.get('ahead');
  const type = params.get('type');
  const group = params.get('group');
  const given = [
    rows.length > 0,
    cardIds.length > 0,
    ahead !== null,
    type !== null,
    group !== null,
  ];
  if (given.filter(Boolean).length > 1) return { kind: 'bad', param: params.toString() };
  if (cardIds.length > 0) {
    const unknown = cardIds.filter((id) => !content.cardById(id));
    return unknown.length > 0
      ? { kind: 'bad', param: `card=${unknown.join(', ')}` }
      : { kind: 'cards', cardIds: [...new Set(cardIds)] };
  }
  if (rows.length > 0) {
    const unknown = rows.filter((id) => !content.rows.some((r) => r.id === id));
    return unknown.length > 0
      ? { kind: 'bad', param: unknown.join(', '), row: true }
      : { kind: 'rows', rowIds: rows };
  }
  if (ahead !== null) {
    const days = /^\d{1,2}$/.test(ahead) ? Number(ahead) : Number.NaN;
    return days >= 1 && days <= MAX_AHEAD_DAYS
      ? { kind: 'ahead', days }
      : { kind: 'bad', param: `ahead=${ahead}` };
  }
  if (type !== null) {
    const known = API_TYPES.find((t) => t === type);
    return known ? { kind: 'type', type: known } : { kind: 'bad', param: `type=${type}` };
  }
  if (group !== null) {
    return content.groups.some((g) => g.id === group)
      ? { kind: 'group', group }
      : { kind: 'bad', param: `group=${group}` };
  }
  return { kind: 'today' };
}

interface Session {
  readonly ids: readonly string[];
  readonly title: string;
  readonly intro: string;
  readonly done: string;
  readonly empty: string;
}

/** The cards and the words of a custom session, as they are when it starts. */
function sessionFor(
  plan: Exclude<Plan, { kind: 'today' | 'bad' }>,
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
function CustomSession({ plan }: { plan: Exclude<Plan, { kind: 'today' | 'bad' }> }) {
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

/**
 * /study: today's queue. Custom sessions: ?row=<id> (repeatable) the cards of comparison
 * rows; ?ahead=<days> review ahead; ?type=<rest|http|websocket>; ?group=<feature group>.
 */
export function StudyRoute() {
  const { t } = useT();
  const [params] = useSearchParams();
  const content = useContent();
  const plan = readPlan(params, content);

  if (plan.kind === 'bad') {
    const rows = plan.row === true;
    return (
      <section className="panel" role="alert" aria-labelledby="bad-study-title">
        <h1 id="bad-study-title">{t(rows ? 'study.badRow.title' : 'study.badParam.title')}</h1>
        <p>
          {rows
            ? t('study.badRow.body', { ids: plan.param })
            : t('study.badParam.body', { param: plan.param })}
        </p>
        <Link className="button primary" to={rows ? paths.compare : paths.study}>
          {t(rows ? 'study.badRow.compare' : 'study.badParam.study')}
        </Link>
      </section>
    );
  }
  if (plan.kind === 'today') {
    return (
      <StudySessionView
        key="today"
        source={TODAY}
        title={t('study.title')}
        doneTitle={t('study.done.title')}
        emptyTitle={t('study.empty.title')}
      />
    );
  }
  return <CustomSession key={params.toString()} plan={plan} />;
}
