import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { buildBackup, parseBackup } from '../../src/store/backup.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

const NOW = Date.UTC(2026, 10, 24, 12, 0);
const DAY = 86_400_000;
let now = NOW;

let downloads: { name: string; text: string }[] = [];

beforeEach(() => {
  now = NOW;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
  downloads = [];
  // Capture what would be downloaded: the anchor's file name and the Blob's text.
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) void blob.text().then((text) => downloads.push({ name: this.download, text }));
  });
});

type BackupJson = {
  state: { cards: Record<string, unknown>; log: unknown[] };
  counts: { reviews: number; cards: number };
};

function backupText(mutate?: (b: BackupJson) => void) {
  const source = createAppStore({ syncTabs: false });
  rateCard(source, 'feat.api-keys.which', 3, NOW - 3 * DAY);
  rateCard(source, 'feat.waf.which', 4, NOW - 2 * DAY);
  const { cards, log, undone, settings, generation } = source.getState();
  const backup: BackupJson = JSON.parse(
    buildBackup({ cards, log, undone, settings, generation }, '0.1.0', NOW - DAY),
  );
  mutate?.(backup);
  backup.counts = {
    reviews: backup.state.log.length,
    cards: Object.keys(backup.state.cards).length,
  };
  localStorage.clear();
  return JSON.stringify(backup);
}

function file(text: string, name = 'backup.json') {
  return new File([text], name, { type: 'application/json' });
}

describe('backup export', () => {
  it('downloads a dated JSON file with everything, and records the date', async () => {
    const store = createAppStore();
    rateCard(store, 'feat.api-keys.which', 3, NOW - DAY);
    const { user, unmount } = await renderApp('/settings', store);
    expect(screen.getByText('아직 백업을 내보낸 적이 없습니다.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '백업 내보내기' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('apigw-flashcards-backup-2026-11-24.json');
    const content = JSON.parse(downloads[0]?.text ?? '{}');
    expect(content.state.log).toHaveLength(1);
    expect(content.exportedAt).toBe(NOW);
    expect(screen.getByText(/^마지막 백업: /)).toHaveTextContent('2026. 11. 24.');
    // The date was stored: the reloaded page shows it too.
    unmount();
    await renderApp('/settings', createAppStore());
    expect(screen.getByText(/^마지막 백업: /)).toHaveTextContent('2026. 11. 24.');
    expect(screen.queryByText('아직 백업을 내보낸 적이 없습니다.')).not.toBeInTheDocument();
  });
});

describe('backup import', () => {
  it('shows a preview, and merges only after the learner confirms', async () => {
    const text = backupText();
    const store = createAppStore();
    rateCard(store, 'ws.idle-timeout.qa', 3, NOW - 60_000);
    const { user } = await renderApp('/settings', store);
    await user.upload(screen.getByLabelText('백업 가져오기…'), file(text));
    const preview = await screen.findByRole('region', { name: '가져오기 미리 보기' });
    expect(preview).toHaveTextContent(
      '복습 기록 2개, 카드 2장. 이 중 2개가 여기에 없는 기록입니다.',
    );
    expect(preview).toHaveTextContent('백업에 없는 현재 기록이 1개 있습니다.');
    expect(store.getState().log).toHaveLength(1);
    await user.click(within(preview).getByRole('button', { name: '합치기 (권장)' }));
    expect(
      await screen.findByText('가져왔습니다. 새 복습 기록 2개를 합쳤습니다.'),
    ).toBeInTheDocument();
    expect(store.getState().log).toHaveLength(3);
  });

  it('cancel leaves everything as it was', async () => {
    const text = backupText();
    const store = createAppStore();
    const { user } = await renderApp('/settings', store);
    await user.upload(screen.getByLabelText('백업 가져오기…'), file(text));
    await user.click(await screen.findByRole('button', { name: '취소' }));
    expect(screen.queryByRole('region', { name: '가져오기 미리 보기' })).not.toBeInTheDocument();
    expect(store.getState().log).toHaveLength(0);
  });

  it.each([
    ['a file that is not JSON', () => 'hello', 'JSON 파일이 아닙니다.'],
    [
      'a future schema version',
      () => backupText((b) => Object.assign(b, { schemaVersion: 9 })),
      '더 새로운 버전의 앱(데이터 버전 9)이 만든 백업입니다.',
    ],
    [
      'negative stability',
      () =>
        backupText((b) => {
          (b.state.cards['feat.waf.which'] as { stability: number }).stability = -1;
        }),
      '카드 "feat.waf.which"에 올바르지 않은 숫자가 있습니다.',
    ],
    [
      'a review dated past the year 9999',
      () =>
        backupText((b) => {
          (b.state.log[1] as { review: number }).review = 8.64e15;
        }),
      '2번째 복습 기록의 날짜가 올바르지 않습니다 (정수가 아니거나 1970–9999년 범위 밖).',
    ],
    [
      'a __proto__ key',
      () => backupText().replace('"log":[', '"__proto__":{"x":1},"log":['),
      '허용되지 않는 키 "__proto__"가 들어 있습니다.',
    ],
  ])('%s gets a clear message and changes nothing', async (_, make, message) => {
    const store = createAppStore();
    rateCard(store, 'ws.idle-timeout.qa', 3, NOW - 60_000);
    const before = store.getState();
    const { user } = await renderApp('/settings', store);
    await user.upload(screen.getByLabelText('백업 가져오기…'), file(make()));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('현재 학습 기록은 그대로입니다.');
    expect(store.getState().log).toBe(before.log);
    expect(store.getState().cards).toBe(before.cards);
  });

  it('a file over 10 MB is refused before it is read', async () => {
    const big = file('{}');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    const text = vi.spyOn(big, 'text');
    const { user } = await renderApp('/settings');
    await user.upload(screen.getByLabelText('백업 가져오기…'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('파일이 너무 큽니다 (11.0 MB).');
    expect(text).not.toHaveBeenCalled();
  });

  it('markup inside an imported file is shown as text and never run', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const text = backupText((b) => {
      b.state.cards[payload] = b.state.cards['feat.waf.which'];
    });
    const alertSpy = vi.fn();
    vi.stubGlobal('alert', alertSpy);
    const { user, container } = await renderApp('/settings');
    await user.upload(screen.getByLabelText('백업 가져오기…'), file(text));
    const preview = await screen.findByRole('region', { name: '가져오기 미리 보기' });
    expect(preview).toHaveTextContent(
      `이 덱에 없는 카드 1장의 기록도 지우지 않고 보관합니다 (예: ${payload}).`,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(alertSpy).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('backup reminder', () => {
  function storeWithStudyDays(days: number, lastExportAt: number | null) {
    const store = createAppStore();
    for (let d = days; d >= 1; d--) {
      rateCard(store, `card-${d}`, 3, NOW - d * DAY);
    }
    store.getState().updateSettings({ lastExportAt });
    return store;
  }

  it('after 7 study days without a backup, home offers a one-click export', async () => {
    const store = storeWithStudyDays(7, null);
    const { user } = await renderApp('/', store);
    const reminder = await screen.findByRole('region', { name: '백업할 때가 되었습니다' });
    expect(screen.getByText('마지막 백업: 없음', { exact: false })).toBeInTheDocument();
    await user.click(within(reminder).getByRole('button', { name: '백업 내보내기' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(
      screen.queryByRole('region', { name: '백업할 때가 되었습니다' }),
    ).not.toBeInTheDocument();
  });

  it('6 study days, or a recent backup, show no reminder', async () => {
    await renderApp('/', storeWithStudyDays(6, null));
    await screen.findByRole('heading', { name: '약한 카드' });
    expect(
      screen.queryByRole('region', { name: '백업할 때가 되었습니다' }),
    ).not.toBeInTheDocument();
  });

  it('counts only study days after the last backup', async () => {
    await renderApp('/', storeWithStudyDays(10, NOW - 4.5 * DAY));
    await screen.findByRole('heading', { name: '약한 카드' });
    expect(
      screen.queryByRole('region', { name: '백업할 때가 되었습니다' }),
    ).not.toBeInTheDocument();
  });
});

describe('a full quota', () => {
  it('tells the learner, offers an export, and studying goes on', async () => {
    const store = createAppStore();
    const { user } = await renderApp('/study', store);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.keyboard(' 3');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('학습 기록을 저장하지 못했습니다');
    await user.keyboard(' 3');
    expect(store.getState().log).toHaveLength(2);
    setItem.mockRestore();
    await user.click(within(alert).getByRole('button', { name: '지금 백업 내보내기' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]?.text ?? '{}').state.log).toHaveLength(2);
  });

  it('says how many answers wait to be saved, and that they were saved once storage takes them', async () => {
    const store = createAppStore();
    const { user } = await renderApp('/study', store);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.keyboard(' 3');
    await user.keyboard(' 3');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '브라우저가 저장을 거부했습니다(저장 공간 부족). 저장되지 않은 평가 2개는 이 탭에 남아 있고',
    );
    setItem.mockRestore();
    await user.keyboard(' 3');
    expect(
      await screen.findByText(
        '다시 저장되었습니다. 이 탭에서 학습한 기록이 모두 안전하게 저장되었습니다.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('학습 기록을 저장하지 못했습니다')).not.toBeInTheDocument();
  });
});

describe('damaged data and kept copies', () => {
  it('the alert says what was recovered and what was not; settings list the kept copy, which can be removed once downloaded', async () => {
    const first = createAppStore({ syncTabs: false });
    for (let i = 0; i < 12; i++) rateCard(first, `card-${i % 4}`, 3, NOW - DAY + i * 60_000);
    const key = Object.keys(localStorage).find((k) =>
      k.startsWith('apigw-flashcards:r:'),
    ) as string;
    const raw = localStorage.getItem(key) as string;
    localStorage.setItem(key, raw.replace(/\|([0-9a-z-]+),/, '|??,'));
    const { user } = await renderApp('/settings', createAppStore());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('복습 기록 11개를 복구했고, 손상된 1개는 읽을 수 없었습니다.');
    const kept = screen.getByRole('region', { name: '보관된 데이터' });
    const remove = within(kept).getByRole('button', { name: '지우기' });
    expect(remove).toBeDisabled();
    expect(kept).toHaveTextContent('먼저 내려받으면 지울 수 있습니다.');
    await user.click(within(kept).getByRole('button', { name: '내려받기' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    // The kept copy is a file the import takes back.
    const parsed = parseBackup(downloads[0]?.text ?? '');
    expect(parsed.ok && parsed.backup.state.log).toHaveLength(11);
    expect(remove).toBeEnabled();
    await user.click(remove);
    expect(within(kept).getByText('보관된 데이터가 없습니다.')).toBeInTheDocument();
    expect(Object.keys(localStorage).filter((k) => k.includes(':backup:'))).toEqual([]);
  });
});

describe('reset progress', () => {
  function studied() {
    const store = createAppStore();
    rateCard(store, 'feat.api-keys.which', 3, NOW - 2 * DAY);
    rateCard(store, 'feat.waf.which', 1, NOW - DAY);
    rateCard(store, 'feat.waf.which', 3, NOW - DAY + 600_000);
    return store;
  }

  it('asks first; cancel (or Escape) changes nothing', async () => {
    const store = studied();
    const { user } = await renderApp('/settings', store);
    const section = screen.getByRole('region', { name: '학습 기록 초기화' });
    expect(section).toHaveTextContent('복습 3회와 카드 2장의 학습 상태를 지웁니다');
    await user.click(within(section).getByRole('button', { name: '학습 기록 초기화…' }));
    const dialog = screen.getByRole('dialog', { name: '학습 기록을 초기화할까요?' });
    await user.click(within(dialog).getByRole('button', { name: '취소' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: '학습 기록 초기화…' }));
    act(() => {
      screen.getByRole('dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().log).toHaveLength(3);
    expect(downloads).toHaveLength(0);
  });

  it('downloads a backup of everything first, then empties the progress and keeps the settings', async () => {
    const store = studied();
    store.getState().updateSettings({ newPerDay: 7 });
    const { user } = await renderApp('/settings', store);
    await user.click(screen.getByRole('button', { name: '학습 기록 초기화…' }));
    const dialog = screen.getByRole('dialog', { name: '학습 기록을 초기화할까요?' });
    await user.click(within(dialog).getByRole('button', { name: '백업 받고 초기화' }));

    expect(
      await screen.findByText(
        /^초기화했습니다\. 백업 파일 apigw-flashcards-backup-2026-11-24\.json을\(를\) 내려받았습니다/,
      ),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const backup = parseBackup(downloads[0]?.text ?? '');
    expect(backup.ok && backup.backup.state.log).toHaveLength(3);
    expect(store.getState().log).toEqual([]);
    expect(store.getState().cards).toEqual({});
    expect(screen.getByRole('textbox', { name: '하루 새 카드 수' })).toHaveValue('7');
    expect(screen.getByText('아직 지울 학습 기록이 없습니다.')).toBeInTheDocument();
    // The backup brings everything back.
    await user.upload(screen.getByLabelText('백업 가져오기…'), file(downloads[0]?.text ?? ''));
    await user.click(await screen.findByRole('button', { name: '합치기 (권장)' }));
    expect(
      await screen.findByText('가져왔습니다. 새 복습 기록 3개를 합쳤습니다.'),
    ).toBeInTheDocument();
    expect(store.getState().log).toHaveLength(3);
  });

  it('when the backup cannot be made, nothing is reset and the learner is told', async () => {
    const store = studied();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('no blobs here');
    });
    const { user } = await renderApp('/settings', store);
    await user.click(screen.getByRole('button', { name: '학습 기록 초기화…' }));
    await user.click(screen.getByRole('button', { name: '백업 받고 초기화' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '백업 파일을 만들지 못해 초기화하지 않았습니다. 학습 기록은 그대로입니다.',
    );
    expect(store.getState().log).toHaveLength(3);
  });
});
