import { act, screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createAppStore } from '../../src/store/app-store.ts';
import { renderApp } from './render-app.tsx';

/** The browser goes offline or back online (the spy is restored after the test). */
function setOnline(online: boolean) {
  vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** jsdom has no StorageManager; give the navigator one for this test only. */
function stubStorage(storage: {
  persist: () => Promise<boolean>;
  persisted: () => Promise<boolean>;
}) {
  Object.defineProperty(window.navigator, 'storage', { value: storage, configurable: true });
  onTestFinished(() => {
    Reflect.deleteProperty(window.navigator, 'storage');
  });
}

/** The daily new-card limit on /settings. */
function newPerDayField(): HTMLElement {
  return screen.getByRole('textbox', { name: '하루 새 카드 수' });
}

/**
 * The page is reloaded: what it held in memory is gone (a field being edited is not left,
 * so a draft is not saved), and a fresh store draws /settings from what was stored.
 */
async function reloadPage(unmount: () => void, path = '/settings') {
  unmount();
  return renderApp(path, createAppStore());
}

describe('settings', () => {
  it('switches the language; <html lang> follows and the choice survives a reload', async () => {
    const store = createAppStore();
    const { user, unmount } = await renderApp('/settings', store);
    await user.selectOptions(screen.getByRole('combobox', { name: '언어 / Language' }), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    unmount();

    await renderApp('/', createAppStore());
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the browser language until the learner chooses', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'ko']);
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
  });

  it('saves a daily new-card limit on Enter or on leaving the field, never on the way', async () => {
    const first = await renderApp('/settings');
    const input = newPerDayField();
    expect(input).toHaveValue('20');
    await first.user.clear(input);
    await first.user.type(input, '35');
    // Typing is not saving: 3 and 35 are drafts until Enter; a reload shows the stored 20.
    const second = await reloadPage(first.unmount);
    expect(newPerDayField()).toHaveValue('20');
    await second.user.clear(newPerDayField());
    await second.user.type(newPerDayField(), '35');
    await second.user.keyboard('{Enter}');
    const third = await reloadPage(second.unmount);
    expect(newPerDayField()).toHaveValue('35');
    await third.user.clear(newPerDayField());
    await third.user.type(newPerDayField(), '40');
    await third.user.tab();
    await reloadPage(third.unmount);
    expect(newPerDayField()).toHaveValue('40');
  });

  it.each([
    ['5000', 'out of range (and 500 is never stored on the way)'],
    ['2.5', 'not whole'],
    ['1e1', 'in exponent notation'],
    ['', 'empty'],
    ['-3', 'negative'],
  ])('rejects %s (%s) with a message and keeps the stored value', async (typed) => {
    const { user, unmount } = await renderApp('/settings');
    const input = newPerDayField();
    await user.clear(input);
    if (typed) await user.type(input, typed);
    await user.keyboard('{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('0부터 999까지의 정수를 입력하세요. 저장된 값 20은(는) 그대로입니다.'),
    ).toBeInTheDocument();
    // Escape goes back to the stored value.
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('20');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    // Nothing was stored on the way: the reloaded page shows 20 too.
    await reloadPage(unmount);
    expect(newPerDayField()).toHaveValue('20');
  });

  it('always shows the stored value: a change from another tab or an import shows at once', async () => {
    const store = createAppStore();
    await renderApp('/settings', store);
    const input = newPerDayField();
    act(() => store.getState().updateSettings({ newPerDay: 42 }));
    expect(input).toHaveValue('42');
  });

  it('a saved limit survives a reload (it is not reset to 20), and home counts with it', async () => {
    const { user, unmount } = await renderApp('/settings', createAppStore());
    const input = newPerDayField();
    await user.clear(input);
    await user.type(input, '7{Enter}');
    const reloaded = await reloadPage(unmount);
    expect(newPerDayField()).toHaveValue('7');
    reloaded.unmount();
    await renderApp('/', createAppStore());
    expect(
      screen.getByRole('definition', {
        name: (_, el) => el.previousElementSibling?.textContent === '새 카드',
      }),
    ).toHaveTextContent(/^7$/);
  });

  it('sets the retention target, the daily review limit, the day start and learn-ahead', async () => {
    const { user, unmount } = await renderApp('/settings');
    const retention = screen.getByRole('textbox', { name: '목표 기억률 (%)' });
    expect(retention).toHaveValue('90');
    await user.clear(retention);
    await user.type(retention, '95{Enter}');
    expect(retention).toHaveValue('95');
    await user.clear(retention);
    await user.type(retention, '99{Enter}');
    expect(
      screen.getByText('80부터 97까지의 정수를 입력하세요. 저장된 값 95은(는) 그대로입니다.'),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(retention).toHaveValue('95');
    const reviews = screen.getByRole('textbox', { name: '하루 최대 복습 수' });
    await user.clear(reviews);
    await user.type(reviews, '50{Enter}');
    expect(reviews).toHaveValue('50');
    const dayStart = screen.getByRole('textbox', { name: '하루가 시작되는 시각 (0–23시)' });
    expect(dayStart).toHaveValue('4');
    await user.clear(dayStart);
    await user.type(dayStart, '24{Enter}');
    expect(
      screen.getByText('0부터 23까지의 정수를 입력하세요. 저장된 값 4은(는) 그대로입니다.'),
    ).toBeInTheDocument();
    await user.clear(dayStart);
    await user.type(dayStart, '0{Enter}');
    expect(dayStart).toHaveValue('0');
    const ahead = screen.getByRole('textbox', { name: '미리 보기 한도 (분)' });
    expect(ahead).toHaveValue('20');
    await user.clear(ahead);
    await user.type(ahead, '5{Enter}');
    expect(ahead).toHaveValue('5');
    const bury = () =>
      screen.getByRole('checkbox', { name: '같은 내용을 묻는 카드는 다음 날로 미루기' });
    expect(bury()).toBeChecked();
    await user.click(bury());
    expect(bury()).not.toBeChecked();

    // All of it was stored: the reloaded page shows each value the learner saved.
    await reloadPage(unmount);
    expect(screen.getByRole('textbox', { name: '목표 기억률 (%)' })).toHaveValue('95');
    expect(screen.getByRole('textbox', { name: '하루 최대 복습 수' })).toHaveValue('50');
    expect(screen.getByRole('textbox', { name: '하루가 시작되는 시각 (0–23시)' })).toHaveValue('0');
    expect(screen.getByRole('textbox', { name: '미리 보기 한도 (분)' })).toHaveValue('5');
    expect(bury()).not.toBeChecked();
  });

  it('shows whether storage is persistent and asks for it on request', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    stubStorage({ persist, persisted });
    const { user } = await renderApp('/settings');
    expect(await screen.findByText(/영구 저장소: 아니요/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '영구 저장 요청' }));
    expect(await screen.findByText(/영구 저장소: 예/)).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('theme and Anki export', () => {
  it('follows the system theme until the learner picks light or dark', async () => {
    const { user } = await renderApp('/settings');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    const select = screen.getByRole('combobox', { name: '테마 / Theme' });
    await user.selectOptions(select, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(select, 'system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('downloads the deck as an Anki text file in the chosen language', async () => {
    const texts: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const created: Blob[] = [];
    const realBlob = globalThis.Blob;
    vi.stubGlobal(
      'Blob',
      class extends realBlob {
        constructor(parts: BlobPart[], options?: BlobPropertyBag) {
          super(parts, options);
          created.push(this);
        }
      },
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = created.at(-1);
      if (blob) texts.push({ name: this.download, blob });
    });
    try {
      const { user } = await renderApp('/settings');
      await user.click(screen.getByRole('button', { name: 'Anki용 파일 내려받기' }));
      expect(texts).toHaveLength(1);
      expect(texts[0]?.name).toBe('api-gateway-flashcards-anki-ko.txt');
      const text = await texts[0]?.blob.text();
      expect(text?.split('\n').slice(0, 3)).toEqual([
        '#separator:tab',
        '#html:false',
        '#tags column:3',
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('app shell', () => {
  it('asks for persistent storage once, after the first review', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist, persisted: async () => true });
    const { user, unmount } = await renderApp('/study', createAppStore());
    expect(persist).not.toHaveBeenCalled();
    await user.keyboard(' 3');
    await user.keyboard(' 3');
    expect(persist).toHaveBeenCalledTimes(1);
    // Once means once: the page reloaded with reviews in it does not ask again.
    unmount();
    const reloaded = await renderApp('/study', createAppStore());
    await reloaded.user.keyboard(' 3');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('shows an offline indicator in the header while the browser is offline', async () => {
    await renderApp('/');
    const header = screen.getByRole('banner');
    expect(within(header).queryByText('오프라인')).not.toBeInTheDocument();
    act(() => setOnline(false));
    expect(within(header).getByRole('status')).toHaveTextContent('오프라인');
    act(() => setOnline(true));
    expect(within(header).queryByText('오프라인')).not.toBeInTheDocument();
  });

  it('offers a new version without reloading until the learner accepts', async () => {
    const store = createAppStore();
    const applyUpdate = vi.fn();
    const { user } = await renderApp('/', store);
    expect(screen.queryByText('새 버전이 있습니다')).not.toBeInTheDocument();
    act(() => store.setState({ update: 'ready', applyUpdate }));
    const prompt = (await screen.findByText('새 버전이 있습니다')).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect(applyUpdate).not.toHaveBeenCalled();
    await user.click(within(prompt).getByRole('button', { name: '새로고침' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });
});

describe('navigation', () => {
  it('during a session the navigation gives way to "end session"; it comes back when the session ends', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 1 });
    const { user } = await renderApp('/study', store);
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('navigation')).not.toBeInTheDocument();
    const exit = within(header).getByRole('link', { name: '학습 끝내기' });
    // The last card of today, answered Easy (Good would bring it back within the
    // learn-ahead limit): the summary shows, and with it the navigation.
    await user.keyboard(' 4');
    await screen.findByRole('heading', { name: '오늘 학습을 마쳤습니다' });
    expect(within(header).getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
    expect(within(header).queryByRole('link', { name: '학습 끝내기' })).not.toBeInTheDocument();
    expect(exit).not.toBeInTheDocument();
  });

  it('"end session" leads home, and the answers given so far are kept', async () => {
    const store = createAppStore();
    const { user } = await renderApp('/study', store);
    await user.keyboard(' 3');
    await user.click(screen.getByRole('link', { name: '학습 끝내기' }));
    await screen.findByRole('heading', { level: 1, name: '오늘의 학습' });
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
    expect(store.getState().log).toHaveLength(1);
  });

  it('marks Study as the current page on the weak-card review too', async () => {
    await renderApp('/study/weak');
    const nav = await screen.findByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getByRole('link', { name: '학습' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: '홈' })).not.toHaveAttribute('aria-current');
  });

  it("home shows today's counts in the study screen's order: new, learning, review", async () => {
    await renderApp('/');
    const terms = (await screen.findAllByRole('term')).map((dt) => dt.textContent);
    expect(terms.slice(0, 3)).toEqual(['새 카드', '학습 중', '복습 예정']);
  });
});

describe('keyboard help', () => {
  it('? opens the shortcut overlay, Escape closes it, and focus returns', async () => {
    const { user } = await renderApp('/study');
    const reveal = screen.getByRole('button', { name: /정답 보기/ });
    reveal.focus();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: '키보드 단축키' });
    expect(dialog).toHaveTextContent('마지막 평가 취소');
    expect(within(dialog).getByRole('button', { name: '닫기' })).toHaveFocus();
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await waitForElementToBeRemoved(dialog);
    expect(reveal).toHaveFocus();
  });

  it('the header button opens it too, and Close closes it', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: '키보드 단축키' }));
    const dialog = await screen.findByRole('dialog', { name: '키보드 단축키' });
    await user.click(within(dialog).getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
