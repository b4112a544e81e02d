import { SOURCES } from './sources.ts';
import type { ApiTypeProfile } from './types.ts';

/** The three API types as the seed notes' first table describes them, in order rest, http, websocket. */
export const API_TYPE_PROFILES: readonly ApiTypeProfile[] = [
  {
    id: 'rest',
    name: { ko: 'REST API', en: 'REST API' },
    traits: [
      { ko: '풍부한 기능', en: 'Rich features' },
      { ko: '높은 제어 능력', en: 'A high degree of control' },
      { ko: '다양한 통합 및 보안 옵션', en: 'Many integration and security options' },
    ],
    uses: [
      { ko: '복잡한 API 로직', en: 'Complex API logic' },
      { ko: '레거시 시스템 통합', en: 'Integrating legacy systems' },
      {
        ko: '세부적인 요청/응답 변환이 필요할 때',
        en: 'When you need detailed request/response transformation',
      },
    ],
    pick: {
      ko: '다양한 기능과 세밀한 제어가 필요한 복잡한 애플리케이션이라면 REST API를 선택합니다.',
      en: 'Choose a REST API for a complex application that needs many features and fine-grained control.',
    },
    source: SOURCES.seed,
  },
  {
    id: 'http',
    name: { ko: 'HTTP API', en: 'HTTP API' },
    traits: [
      { ko: '저렴한 비용', en: 'Low cost' },
      { ko: '낮은 지연 시간', en: 'Low latency' },
      { ko: '단순한 프록시 통합', en: 'Simple proxy integrations' },
    ],
    uses: [
      {
        ko: 'Lambda/HTTP 백엔드와의 간단한 연동',
        en: 'Simple integration with Lambda or HTTP backends',
      },
      {
        ko: '비용 효율적인 API 구축이 필요할 때',
        en: 'When you need to build a cost-efficient API',
      },
    ],
    pick: {
      ko: '비용과 성능을 최우선으로 하는 단순한 서버리스 아키텍처라면 HTTP API를 선택합니다.',
      en: 'Choose an HTTP API for a simple serverless architecture where cost and performance come first.',
    },
    source: SOURCES.seed,
  },
  {
    id: 'websocket',
    name: { ko: 'WebSocket API', en: 'WebSocket API' },
    traits: [
      { ko: '양방향 통신', en: 'Two-way communication' },
      { ko: '지속적인 연결', en: 'Persistent connection' },
    ],
    uses: [
      { ko: '실시간 채팅 애플리케이션', en: 'Real-time chat applications' },
      { ko: '알림 시스템', en: 'Notification systems' },
      { ko: '스트리밍 대시보드', en: 'Streaming dashboards' },
      { ko: '주식 시세', en: 'Stock tickers' },
    ],
    pick: {
      ko: '서버가 클라이언트에 데이터를 푸시해야 하는 실시간 양방향 애플리케이션이라면 WebSocket API를 선택합니다.',
      en: 'Choose a WebSocket API for a real-time, two-way application where the server must push data to clients.',
    },
    source: SOURCES.seed,
  },
];
