import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { examReplayPath } from '../../src/app/exam-start.tsx';
import { paths } from '../../src/app/paths.ts';
import { cardById, DECK } from '../../src/content/deck.ts';
import { examQuestion, sampleExam } from '../../src/domain/mock-exam.ts';
import { afterReset } from '../../src/store/attempts-store.ts';
import { KEYS } from '../../src/store/schema.ts';
import { renderApp } from './render-app.tsx';

const T0 = Date.UTC(2026, 2, 10, 1, 0);
const MIN = 60_000;
/** The questions are drawn with a seed: a fresh one each run, printed, to replay a failure. */
const SEED = process.env.EXAM_SEED ? Number(process.env.EXAM_SEED) : Date.now() % 2 ** 32;
console.info(`exam ui seed: ${SEED} (replay with EXAM_SEED=${SEED})`);
const IDS = sampleExam(DECK, 20, SEED);

let now = T0;
beforeEach(() => {
  now = T0;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
});
afterEach(() => {
  // The page's list of attempts outlives a test (a module's state): start each one empty.
  afterReset();
  sessionStorage.clear();
});

function question(i: number) {
  const q = examQuestion(cardById(IDS[i] ?? ''));
  if (!q) throw new Error(`question ${i + 1} has no choices`);
  return q;
}

/** The keys that answer question `i` right, or wrong (a wrong option, or too few types). */
function keysFor(i: number, right: boolean): string {
  const { correct, options, choose } = question(i);
  const wrong = options.findIndex((_, o) => !correct.includes(o));
  // A wrong answer is still a whole one: "choose two" gets one right and one wrong pick.
  const picks = right
    ? correct
    : wrong < 0
      ? correct.slice(0, 1)
      : choose === 2
        ? [wrong, ...correct.slice(0, 1)]
        : [wrong];
  return picks.map((o) => String(o + 1)).join('');
}

const onScreen = (i: number) =>
  expect(screen.getByRole('heading', { level: 2, name: cardById(IDS[i] ?? '')?.question.ko }));
const navigator = () => screen.getByRole('navigation', { name: '문제 목록' });

async function startExam() {
  const view = await renderApp(examReplayPath(SEED, 20));
  expect(screen.getByRole('heading', { level: 1, name: '모의고사' })).toBeInTheDocument();
  expect(screen.getByText(`시드 ${SEED}의 문제를 다시 풉니다.`)).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: /20문제 · 30분/ })).toBeChecked();
  await view.user.click(screen.getByRole('button', { name: '시험 시작' }));
  onScreen(0).toBeInTheDocument();
  return view;
}

// Whole exams through the whole app: tens of keystrokes, and the countdown's real ticks,
// on a shared 2-core machine take longer than the default 5 s.
const SLOW = 30_000;

describe('mock exam', () => {
  it(
    '20 questions by keyboard (1-5, N, P, F) to a result of 775, with no card rated',
    async () => {
      const { user, store } = await startExam();
      // Focus mode: the main navigation gives way while the exam runs.
      expect(screen.queryByRole('navigation', { name: '주 메뉴' })).not.toBeInTheDocument();
      expect(screen.getByRole('timer', { name: '남은 시간' })).toHaveTextContent('30:00');
      expect(screen.getAllByText('문제 1 / 20')).toHaveLength(2); // the status, and before the stem

      // 15 right, 4 wrong, the last one left unanswered: 100 + 900 x 15/20 = 775.
      for (let i = 0; i < 19; i++) {
        onScreen(i).toBeInTheDocument();
        await user.keyboard(keysFor(i, i < 15));
        await user.keyboard('n');
      }
      onScreen(19).toBeInTheDocument();
      expect(screen.getByText('답함 19 / 20')).toBeInTheDocument();
      // No feedback before the end: no mark on any option.
      expect(screen.queryByText(/✓ 정답|✗ 내 선택/)).not.toBeInTheDocument();

      // Back one, flag it, forward again.
      await user.keyboard('p');
      onScreen(18).toBeInTheDocument();
      await user.keyboard('f');
      expect(screen.getByRole('button', { name: /검토 표시$/, pressed: true })).toBeInTheDocument();
      await user.keyboard('n');
      onScreen(19).toBeInTheDocument();

      screen.getByRole('button', { name: '끝내기' }).focus();
      await user.keyboard('{Enter}');
      const dialog = screen.getByRole('dialog', { name: '시험을 끝낼까요?' });
      expect(dialog).toHaveTextContent('답하지 않은 문제가 1개 있습니다.');
      expect(dialog).toHaveTextContent('검토 표시한 문제가 1개 있습니다.');
      // The exam's keys sleep while the dialog is open.
      await user.keyboard('p');
      await user.click(within(dialog).getByRole('button', { name: '끝내고 채점하기' }));

      expect(screen.getByRole('heading', { level: 1, name: '모의고사 결과' })).toBeInTheDocument();
      expect(screen.getByText('775 / 1000')).toBeInTheDocument();
      expect(screen.getByText(/✓ 합격 \(합격선 720점\)/)).toBeInTheDocument();
      expect(screen.getByText(/20문제 중 15문제 정답/)).toBeInTheDocument();
      expect(screen.getByText(/100 \+ 900 × 맞힌 비율/)).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();

      // Breakdowns: by API type and by topic, the topic rows adding up to 20 questions.
      const topicTable = within(screen.getByRole('region', { name: '주제별' })).getByRole('table');
      const asked = within(topicTable)
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number(within(row).getAllByRole('cell')[0]?.textContent?.split('/')[1]));
      expect(asked.reduce((s, n) => s + n, 0)).toBe(20);
      expect(
        within(screen.getByRole('region', { name: 'API 유형별' })).getByRole('rowheader', {
          name: 'REST API',
        }),
      ).toBeInTheDocument();

      // The missed questions: the unanswered one and the four wrong, in the order asked.
      const missed = IDS.slice(15);
      expect(screen.getByRole('heading', { name: '틀린 문제 (5)' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: '틀린 5문제 학습하기' })).toHaveAttribute(
        'href',
        paths.studyCards(missed),
      );
      expect(screen.getAllByText(/^내 답:/)).toHaveLength(5);
      expect(screen.getByText('답하지 않음')).toBeInTheDocument();

      // A mock exam rates nothing and schedules nothing.
      expect(store.getState().log).toEqual([]);
      expect(store.getState().cards).toEqual({});

      // It is kept, and its score leads the trend on the progress page.
      expect(screen.getByText('학습 기록에 저장했습니다.')).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: '모의고사 추이 보기' }));
      const trend = await screen.findByRole('region', { name: '모의고사' });
      await waitFor(() => expect(within(trend).getByRole('heading')).toHaveFocus());
      expect(within(trend).getByText('최근 점수').nextSibling).toHaveTextContent('775');
      expect(within(trend).getByText('1회 중 1회')).toBeInTheDocument();
      expect(
        within(trend).getByRole('img', {
          name: '최근 모의고사 1회의 점수: 775점에서 775점. 합격선은 720점입니다.',
        }),
      ).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'a result storage refuses stays on the page, says so, and is kept on "save again"',
    async () => {
      const { user } = await startExam();
      await user.keyboard(keysFor(0, true));
      const real = Storage.prototype.setItem;
      const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
        this: Storage,
        k: string,
        v: string,
      ) {
        if (k.startsWith(KEYS.examPrefix)) throw new DOMException('full', 'QuotaExceededError');
        real.call(this, k, v);
      });
      await user.click(screen.getByRole('button', { name: '끝내기' }));
      await user.click(screen.getByRole('button', { name: '끝내고 채점하기' }));
      expect(screen.getByText('145 / 1000')).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(
        '결과를 저장하지 못했습니다. 브라우저 저장 공간이 가득 찼습니다.',
      );
      await user.click(screen.getByRole('button', { name: '다시 저장' }));
      expect(screen.getByRole('alert')).toBeInTheDocument();
      refuse.mockRestore();
      await user.click(screen.getByRole('button', { name: '다시 저장' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByText('학습 기록에 저장했습니다.')).toBeInTheDocument();
      expect(Object.keys(localStorage).filter((k) => k.startsWith(KEYS.examPrefix))).toHaveLength(
        1,
      );
    },
    SLOW,
  );

  it('a flagged question shows in the navigator; the navigator moves between questions', async () => {
    const { user } = await startExam();
    await user.keyboard(`n${keysFor(1, true)}nf`);
    onScreen(2).toBeInTheDocument();
    const third = within(navigator()).getByRole('button', { name: '3, 답하지 않음, 검토 표시' });
    expect(third).toHaveAttribute('aria-current', 'step');
    expect(within(navigator()).getByRole('button', { name: '2, 답함' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getByText('⚑ 검토 표시한 문제')).toBeInTheDocument();
    await user.click(within(navigator()).getByRole('button', { name: '1, 답하지 않음' }));
    onScreen(0).toBeInTheDocument();
    await user.keyboard('f');
    await user.keyboard('f');
    expect(within(navigator()).getByRole('button', { name: '1, 답하지 않음' })).toBeInTheDocument();
    expect(
      within(navigator()).getByRole('button', { name: /^3, .*검토 표시$/ }),
    ).toBeInTheDocument();
  });

  it('"End session" leaves the exam as it stands; /exam resumes it with its clock, or discards it', async () => {
    const first = await startExam();
    await first.user.keyboard(`${keysFor(0, true)}n${keysFor(1, true)}nf`);
    await first.user.click(screen.getByRole('link', { name: '학습 끝내기' }));
    expect(await screen.findByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEYS.examPrefix))).toEqual([]);

    // Back to /exam ten minutes later (in this tab: the page reloaded, or a link).
    first.unmount();
    now = T0 + 10 * MIN;
    const { user } = await renderApp(paths.exam);
    expect(
      await screen.findByText('풀다가 나간 모의고사가 있습니다: 20문제 중 2문제를 답했습니다.'),
    ).toBeInTheDocument();
    expect(screen.getByText('시간은 계속 흘렀습니다: 20분 남았습니다.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '이어서 풀기' }));
    onScreen(2).toBeInTheDocument();
    expect(screen.getByText('답함 2 / 20')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: '남은 시간' })).toHaveTextContent('20:00');
    expect(
      within(navigator()).getByRole('button', { name: '3, 답하지 않음, 검토 표시' }),
    ).toBeInTheDocument();

    // Left again, then discarded: the setup is back, and nothing was kept.
    await user.click(screen.getByRole('link', { name: '학습 끝내기' }));
    cleanup();
    const again = await renderApp(paths.exam);
    await again.user.click(await screen.findByRole('button', { name: '버리기' }));
    expect(screen.getByRole('button', { name: '시험 시작' })).toBeInTheDocument();
    expect(sessionStorage.getItem(KEYS.runningExam)).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEYS.examPrefix))).toEqual([]);
  });

  it('an exam left until its time ran out is scored on resume, as it stood', async () => {
    const first = await startExam();
    await first.user.keyboard(keysFor(0, true));
    await first.user.click(screen.getByRole('link', { name: '학습 끝내기' }));
    first.unmount();
    now = T0 + 45 * MIN;
    const { user } = await renderApp(paths.exam);
    expect(
      await screen.findByText('시간이 다 되었습니다. 답한 내용으로 채점합니다.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '채점하기' }));
    expect(await screen.findByText('145 / 1000')).toBeInTheDocument();
    expect(screen.getByText('학습 기록에 저장했습니다.')).toBeInTheDocument();
    expect(sessionStorage.getItem(KEYS.runningExam)).toBeNull();
  });

  it('the shortcut overlay lists the exam keys', async () => {
    const { user } = await startExam();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: '키보드 단축키' });
    expect(within(help).getByRole('rowheader', { name: '1 – 5 · N · P · F' })).toBeInTheDocument();
    expect(help).toHaveTextContent('모의고사: 보기 고르기 · 다음 문제 · 이전 문제 · 검토 표시');
  });

  it(
    'ends when the time runs out, scored as it stands',
    async () => {
      const { user, store } = await startExam();
      await user.keyboard(keysFor(0, true));
      now = T0 + 29 * MIN + 30_000;
      await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('0:30'));
      expect(screen.getByText('5분이 채 남지 않았습니다.')).toBeInTheDocument();
      now = T0 + 30 * MIN;
      await screen.findByRole('heading', { level: 1, name: '모의고사 결과' }, { timeout: 3000 });
      expect(
        screen.getByText('시간이 다 되어 그때까지의 답으로 채점했습니다.'),
      ).toBeInTheDocument();
      // 1 of 20 right: 100 + 900 / 20 = 145.
      expect(screen.getByText('145 / 1000')).toBeInTheDocument();
      expect(screen.getByText(/✗ 불합격/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: '틀린 19문제 학습하기' })).toHaveAttribute(
        'href',
        paths.studyCards(IDS.slice(1)),
      );
      expect(store.getState().log).toEqual([]);
    },
    SLOW,
  );
});
