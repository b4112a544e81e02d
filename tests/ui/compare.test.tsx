import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { paths } from '../../src/app/paths.ts';
import { cardById, cardIdsForRow } from '../../src/content/deck.ts';
import { FEATURE_ROWS } from '../../src/content/features.ts';
import { API_TYPES } from '../../src/content/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

const T0 = Date.UTC(2026, 2, 10, 1, 0);
let now = T0;
beforeEach(() => {
  now = T0;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
});

/** Row headers of feature rows (group headers are row headers too, of their row group). */
function featureRows() {
  return screen.getAllByRole('rowheader').filter((h) => h.getAttribute('scope') === 'row');
}

function rowFor(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}`) });
  return header.closest('tr') as HTMLElement;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('compare', () => {
  it('shows every row with REST, HTTP and WebSocket API as column headers', async () => {
    await renderApp('/compare');
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['기능', 'REST API', 'HTTP API', 'WebSocket API', '내 숙련도']);
    expect(featureRows().length).toBe(FEATURE_ROWS.length);
    expect(FEATURE_ROWS.length).toBeGreaterThanOrEqual(49);
    // Groups are row groups with their own header.
    expect(within(table).getByRole('rowheader', { name: '보안' })).toBeInTheDocument();
    expect(screen.getByText('세 가지 API 유형')).toBeInTheDocument();
  });

  it('cells say supported or not in words, not only with an icon', async () => {
    await renderApp('/compare');
    const row = rowFor('API 키(API Keys)');
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('지원');
    expect(cells[1]).toHaveTextContent('미지원');
    expect(cells[2]).toHaveTextContent('지원');
  });

  // Issue #13 (compare on a phone): a phone shows a symbol with a short word (compare.css
  // picks the short or the full word by width); screen readers get the full word, not the symbol.
  it('every support cell shows its level in a word and names it in full for screen readers', async () => {
    await renderApp('/compare');
    const full = {
      yes: '지원',
      no: '미지원',
      partial: '부분 지원',
      na: '해당 없음',
      undocumented: '문서에 없음',
    } as const;
    const short = {
      yes: '지원',
      no: '미지원',
      partial: '일부',
      na: '해당 없음',
      undocumented: '문서 없음',
    } as const;
    const supportRows = FEATURE_ROWS.filter((r) => r.kind === 'support');
    expect(supportRows.length).toBeGreaterThan(30);
    for (const row of supportRows) {
      // hidden: true only skips the (slow, here pointless) visibility check of 42 x 3 cells.
      const cells = within(document.getElementById(row.id) as HTMLElement).getAllByRole('cell', {
        hidden: true,
      });
      API_TYPES.forEach((type, i) => {
        const cell = cells[i] as HTMLElement;
        const support = row.cells[type].support;
        const where = `${row.id} ${type}`;
        expect(cell, where).toHaveAccessibleName(new RegExp(`^${full[support]}(?: |$)`));
        const shortWord = within(cell)
          .getAllByText(short[support])
          .filter((el) => el.getAttribute('aria-hidden') === 'true');
        expect(shortWord, where).toHaveLength(1);
      });
    }
  });

  // Issue #13: on a phone the cells are too narrow for their notes; the disclosure lists them.
  it("a row's disclosure lists the cells' notes by API type", async () => {
    const { user } = await renderApp('/compare');
    const row = rowFor('엣지 최적화 엔드포인트(Edge-optimized endpoint)');
    const summary = within(row).getByText('설명과 출처');
    await user.click(summary);
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(within(details).getByRole('listitem')).toHaveTextContent(
      'WebSocket API: 리전 엔드포인트만 제공',
    );
  });

  // Issue #13: one compact link per row instead of 49 identical "study this row" buttons.
  it('every feature row offers one study link that names the row and opens its session', async () => {
    await renderApp('/compare');
    for (const row of FEATURE_ROWS) {
      const links = within(document.getElementById(row.id) as HTMLElement).getAllByRole('link', {
        name: /^이 항목 학습: /,
      });
      expect(links, row.id).toHaveLength(1);
      expect(links[0]).toHaveAccessibleName(`이 항목 학습: ${row.name.ko}`);
      expect(links[0]).toHaveAttribute('href', paths.studyRows([row.id]));
      expect(links[0]).toHaveTextContent(/^▶\uFE0E?학습$/);
    }
  });

  it('a row shows its note and source on demand, in a disclosure', async () => {
    const { user } = await renderApp('/compare');
    const row = rowFor('AWS WAF');
    const summary = within(row).getByText('설명과 출처');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByRole('link', { name: /AWS/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//),
    );
  });

  it('filters update the URL, and survive reloading the route', async () => {
    const { user, location, unmount } = await renderApp('/compare');
    await user.click(screen.getByRole('checkbox', { name: '노트의 핵심 항목만' }));
    expect(location.current?.search).toBe('?core=1');
    const coreCount = FEATURE_ROWS.filter((r) => r.core).length;
    expect(featureRows()).toHaveLength(coreCount);

    await user.click(screen.getByRole('checkbox', { name: 'REST와 HTTP가 다른 항목만' }));
    await user.type(screen.getByRole('searchbox', { name: '검색' }), 'API');
    const url = `${location.current?.pathname}${location.current?.search}`;
    expect(url).toBe('/compare?core=1&diff=1&q=API');
    const shown = featureRows().map((h) => h.querySelector('.feature-name')?.textContent);
    unmount();

    await renderApp(url);
    expect(screen.getByRole('checkbox', { name: '노트의 핵심 항목만' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'REST와 HTTP가 다른 항목만' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: '검색' })).toHaveValue('API');
    expect(featureRows().map((h) => h.querySelector('.feature-name')?.textContent)).toEqual(shown);
    expect(shown).toContain('API 키(API Keys)');
  });

  it('searches in both languages', async () => {
    const { user } = await renderApp('/compare');
    const search = screen.getByRole('searchbox', { name: '검색' });
    await user.type(search, 'Resource Policies');
    expect(featureRows().map((h) => h.querySelector('.feature-name')?.textContent)).toEqual([
      '리소스 정책(Resource Policies)',
    ]);
    await user.clear(search);
    await user.type(search, '캐싱');
    expect(screen.getByRole('rowheader', { name: /^캐싱\(Caching\)/ })).toBeInTheDocument();
  });

  it('says when nothing matches and clears the filters', async () => {
    const { user } = await renderApp('/compare?q=zzzz-no-such-feature');
    expect(screen.getByText('조건에 맞는 항목이 없습니다.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '필터 지우기' }));
    expect(featureRows().length).toBe(FEATURE_ROWS.length);
  });

  it('tells the learner about query parts it ignores', async () => {
    await renderApp('/compare?core=yes&color=red');
    expect(screen.getByText(/이해하지 못한 부분은 무시했습니다/)).toHaveTextContent(
      'core=yes, color',
    );
    expect(featureRows().length).toBe(FEATURE_ROWS.length);
  });

  it('"study this row" starts a session with exactly that row\'s cards', async () => {
    const { user } = await renderApp('/compare');
    const rowId = 'feat.api-keys';
    const expected = cardIdsForRow(rowId).map((id) => cardById(id)?.question.ko);
    expect(expected.length).toBeGreaterThan(1);
    await user.click(screen.getByRole('link', { name: '이 항목 학습: API 키(API Keys)' }));
    await screen.findByRole('button', { name: /정답 보기/ });

    const seen: (string | null)[] = [];
    for (let i = 0; i < expected.length; i++) {
      seen.push(screen.getByRole('heading', { level: 2 }).textContent);
      await user.keyboard(' 4');
    }
    expect(seen.sort()).toEqual([...expected].sort());
    expect(
      screen.getByRole('heading', { name: '이 항목의 카드를 모두 학습했습니다' }),
    ).toBeInTheDocument();
    const n = expected.length;
    expect(screen.getByText(`첫 시도 정답률 · ${n}장 중 ${n}장`)).toBeInTheDocument();
  });

  it('an unknown row in a study link gets a clear message, not a crash', async () => {
    await renderApp('/study?row=feat.no-such-row');
    expect(screen.getByRole('alert')).toHaveTextContent('feat.no-such-row');
    expect(screen.getByRole('link', { name: '비교표로 가기' })).toBeInTheDocument();
  });

  it("shows each row's mastery from the learner's cards", async () => {
    const store = createAppStore();
    for (const id of cardIdsForRow('feat.waf')) rateCard(store, id, 1, T0 - 60_000);
    for (const id of cardIdsForRow('feat.caching')) rateCard(store, id, 3, T0 - 60_000);
    await renderApp('/compare', store);
    expect(within(rowFor('AWS WAF')).getByText('약함')).toBeInTheDocument();
    expect(within(rowFor('캐싱(Caching)')).getByText('학습 중')).toBeInTheDocument();
    expect(within(rowFor('IAM')).getByText('미학습')).toBeInTheDocument();
  });
});
