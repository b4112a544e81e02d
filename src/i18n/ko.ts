/**
 * Korean UI strings, the reference catalog, in two parts: what the first page needs
 * (here, loaded with it) and the rest (ko-pages.ts, loaded with the first other page).
 * `en.ts` must have exactly the keys of both.
 */
export const ko = {
  'app.name': 'API Gateway 플래시카드',
  'app.loading': '불러오는 중…',
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
  'home.newLimitReached': '오늘의 새 카드 {limit}장을 모두 학습했습니다.',
  'home.studyMore': '더 공부하기',
  'app.offline': '오프라인',
  'nav.settings': '설정',
  'nav.endSession': '학습 끝내기',
  'update.ready': '새 버전이 있습니다',
  'update.applied': '다른 탭에서 새 버전이 적용되었습니다',
  'update.reload': '새로고침',
  'backup.exportNow': '지금 백업 내보내기',
  'storage.newer.title': '다른 탭에서 새 버전의 앱이 실행 중입니다',
  'storage.damaged.title': '저장된 학습 기록 일부가 손상되었습니다',
  'storage.dismiss': '닫기',
  'storage.writeFailed.title': '학습 기록을 저장하지 못했습니다',
  'storage.saved': '다시 저장되었습니다. 이 탭에서 학습한 기록이 모두 안전하게 저장되었습니다.',
  'storage.unavailable.title': '브라우저 저장소를 사용할 수 없습니다',
  'error.title': '문제가 발생했습니다',
  'error.body': '이 화면을 불러오거나 그리지 못했습니다. 학습 기록은 안전합니다.',
  'error.retry': '다시 시도',
} as const;

export type CoreMessageKey = keyof typeof ko;
