import type { ApiTypeProfile } from '../content/types.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

interface ApiTypeOverviewProps {
  profiles: readonly ApiTypeProfile[];
  lang: Lang;
  t: Translate;
}

/** The seed notes' first table: each API type, its traits, main uses, and when to pick it. */
export function ApiTypeOverview({ profiles, lang, t }: ApiTypeOverviewProps) {
  return (
    <ul className="type-overview">
      {profiles.map((p) => (
        <li key={p.id} className={`type-card type-${p.id}`}>
          <h3>{p.name[lang]}</h3>
          <p className="type-label">{t('compare.traits')}</p>
          <ul>
            {p.traits.map((trait) => (
              <li key={trait.en}>{trait[lang]}</li>
            ))}
          </ul>
          <p className="type-label">{t('compare.uses')}</p>
          <ul>
            {p.uses.map((use) => (
              <li key={use.en}>{use[lang]}</li>
            ))}
          </ul>
          <p className="type-pick">{p.pick[lang]}</p>
        </li>
      ))}
    </ul>
  );
}
