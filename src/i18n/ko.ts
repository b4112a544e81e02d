/**
 * Korean UI strings, the reference catalog, in two parts: what the first page needs
 * (here, loaded with it) and the rest (ko-pages.ts, loaded with the first other page).
 * `en.ts` must have exactly the keys of both.
 */
export const ko = {
  'app.name': 'API Gateway 플래시카드',
  'app.skip': '본문으로 건너뛰기',
  'help.title': '키보드 단축키',
  'nav.label': '주 메뉴',
  'nav.home': '홈',
  'nav.compare': '비교',
  'nav.progress': '진행',
  'nav.study': '학습',
  'home.title': '오늘의 학습',
  'home.intro':
    'Amazon API Gateway의 REST API, HTTP API, WebSocket API를 간격 반복(FSRS)으로 익힙니다.',
  'home.due': '복습 예정',
  'home.learning': '학습 중',
  'home.new': '새 카드',
  'home.start': '학습 시작',
  'home.continue': '학습 계속하기',
  'home.nothingDue': '지금 복습할 카드가 없습니다.',
  'home.nextDue': '다음 카드: {when}',
  'home.deckSize': '덱: 카드 {cards}장 · 학습한 카드 {studied}장 · 총 복습 {reviews}회',
  'home.newLimitReached': '오늘의 새 카드 {limit}장을 모두 학습했습니다.',
  'weak.homeTitle': '약한 카드',
  'weak.homeCount': '자주 틀리거나 잊어 가는 카드가 {count}장 있습니다.',
  'weak.none': '지금은 약한 카드가 없습니다.',
  'weak.start': '약한 카드 복습 ({count}장)',
  'app.offline': '오프라인',
  'nav.settings': '설정',
  'update.ready': '새 버전이 있습니다',
  'update.applied': '다른 탭에서 새 버전이 적용되었습니다',
  'update.reload': '새로고침',
  'backup.export': '백업 내보내기',
  'backup.exportNow': '지금 백업 내보내기',
  'backup.reminder.title': '백업할 때가 되었습니다',
  'backup.reminder.body':
    '마지막 백업 이후 7일 넘게 학습했습니다. 브라우저 데이터가 지워져도 기록을 되살릴 수 있도록 백업 파일을 내려받아 두세요.',
  'home.lastBackup': '마지막 백업: {date}',
  'home.noBackup': '마지막 백업: 없음',
  'storage.corrupt.bodyFuture':
    '더 새로운 버전의 앱이 저장한 데이터입니다. 그 데이터를 덮어쓰지 않도록 이 탭에서는 저장을 멈췄습니다(사본: "{key}"). 새로고침해 최신 버전을 쓰세요.',
  'storage.newer.title': '다른 탭에서 새 버전의 앱이 실행 중입니다',
  'storage.newer.body':
    '다른 탭이 이 버전이 읽을 수 없는 형식으로 저장했습니다. 그 데이터를 덮어쓰지 않도록 이 탭은 저장을 멈췄습니다. 이 탭을 새로고침하세요.',
  'storage.corrupt.title': '저장된 학습 기록을 읽을 수 없습니다',
  'storage.corrupt.body':
    '이 브라우저에 저장된 데이터가 올바르지 않아 새로 시작했습니다 ({reason}). 원래 데이터는 지우지 않고 백업 키 "{key}"에 보관했습니다.',
  'storage.corrupt.bodyNoBackup':
    '이 브라우저에 저장된 데이터가 올바르지 않습니다 ({reason}). 백업을 저장할 공간이 없어, 원래 데이터를 덮어쓰지 않도록 이번 세션의 저장을 멈췄습니다. 지금 내려받아 보관하세요.',
  'storage.reason.notJson': 'JSON 형식이 아님',
  'storage.reason.badShape': '이 앱의 데이터 형식이 아님',
  'storage.reason.futureVersion': '더 새로운 버전의 앱이 저장한 데이터',
  'storage.reason.unknownVersion': '알 수 없는 데이터 버전',
  'storage.reason.invalid': '잘못된 값: {detail}',
  'storage.download': '원래 데이터 내려받기',
  'storage.dismiss': '닫기',
  'storage.writeFailed.title': '학습 기록을 저장하지 못했습니다',
  'storage.writeFailed.body':
    '브라우저 저장 공간에 쓸 수 없습니다 (저장 공간 부족 또는 비공개 모드). 학습은 계속할 수 있지만 이 탭을 닫으면 저장되지 않은 기록이 사라집니다. 이미 저장된 기록은 그대로입니다.',
  'storage.unavailable.title': '브라우저 저장소를 사용할 수 없습니다',
  'storage.unavailable.body':
    '이 브라우저에서는 저장소(localStorage)에 접근할 수 없어 학습 기록이 이 탭에만 남습니다.',
  'error.title': '문제가 발생했습니다',
  'error.body': '이 화면을 그리는 중 오류가 났습니다. 학습 기록은 안전합니다.',
  'error.retry': '다시 시도',
} as const;

export type CoreMessageKey = keyof typeof ko;
