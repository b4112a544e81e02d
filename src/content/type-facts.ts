import { SOURCES } from './sources.ts';
import type { TypeFact } from './types.ts';

/** Scenarios and traits whose answer is one or more API types. */
export const TYPE_FACTS: readonly TypeFact[] = [
  // ---- Use cases ----
  {
    id: 'use.legacy-integration',
    kind: 'use-case',
    prompt: {
      ko: '레거시 시스템 통합',
      en: 'Integrating a legacy system',
    },
    answer: ['rest'],
    explanation: {
      ko: '노트는 레거시 시스템 통합을 REST API의 주요 용도로 꼽습니다. 비프록시 통합과 매핑 템플릿(Mapping Templates)으로 백엔드가 기대하는 형식에 맞춰 요청을 바꿀 수 있기 때문입니다.',
      en: 'The notes name legacy system integration as a main REST API use: non-proxy integrations with mapping templates can adapt requests to the format the backend expects.',
    },
    rowIds: ['feat.non-proxy-integrations', 'feat.body-transformation'],
    source: SOURCES.seed,
    core: true,
  },
  {
    id: 'use.simple-lambda-low-cost',
    kind: 'use-case',
    prompt: {
      ko: '가장 낮은 비용으로 Lambda 백엔드와 간단히 연동하는 API',
      en: 'An API that simply fronts a Lambda backend at the lowest cost',
    },
    answer: ['http'],
    explanation: {
      ko: 'HTTP API는 Lambda 프록시 통합으로 간단히 연동되고 REST API보다 훨씬 저렴합니다(첫 구간 기준 최대 71%).',
      en: 'HTTP APIs connect to Lambda simply through a Lambda proxy integration and cost much less than REST APIs (up to 71% at the first tier).',
    },
    rowIds: ['feat.lambda', 'feat.cost', 'feat.proxy-integrations'],
    source: SOURCES.seed,
    core: true,
  },
  {
    id: 'use.realtime-chat',
    kind: 'use-case',
    prompt: {
      ko: '실시간 채팅 애플리케이션',
      en: 'A real-time chat application',
    },
    answer: ['websocket'],
    explanation: {
      ko: '채팅은 양방향 통신과 지속적인 연결이 필요하므로 WebSocket API가 맞습니다. AWS도 채팅 앱을 대표 예로 듭니다.',
      en: 'Chat needs two-way communication over a persistent connection, so a WebSocket API fits. AWS names chat apps as a typical example.',
    },
    rowIds: ['feat.communication-model'],
    source: SOURCES.seed,
    core: true,
  },
  {
    id: 'use.streaming-dashboard',
    kind: 'use-case',
    prompt: {
      ko: '주식 시세 같은 실시간 데이터를 보여 주는 스트리밍 대시보드',
      en: 'A streaming dashboard of live data such as stock tickers',
    },
    answer: ['websocket'],
    explanation: {
      ko: 'AWS는 WebSocket API의 예로 스트리밍 대시보드와 금융 거래 플랫폼을 듭니다. 서버가 새 데이터를 연결된 클라이언트에 바로 푸시할 수 있습니다.',
      en: 'AWS lists streaming dashboards and financial trading platforms as WebSocket API examples: the server pushes new data straight to connected clients.',
    },
    rowIds: ['feat.communication-model', 'feat.max-payload'],
    source: SOURCES.wsApi,
    core: true,
    notesDiffer: {
      ko: '노트는 WebSocket 용도로 "라이브 스트리밍"을 들지만, AWS 예시는 스트리밍 대시보드입니다. 메시지 128 KB·프레임 32 KB 한도, 최대 2시간 연결, 10분 유휴 제한 때문에 오디오/비디오 미디어 스트리밍에는 맞지 않습니다.',
      en: 'The notes list "live streaming" as a WebSocket use, but AWS\'s example is streaming dashboards. The 128 KB message and 32 KB frame limits, 2-hour connections and 10-minute idle timeout make it unsuitable for audio/video media streaming.',
    },
  },
  {
    id: 'use.partner-api-quotas',
    kind: 'use-case',
    prompt: {
      ko: '파트너마다 API 키를 발급하고 사용량 계획으로 호출량을 제한해 판매하는 요청-응답형 API',
      en: 'A request/response API sold to partners, each with an API key and a usage plan that limits their calls',
    },
    answer: ['rest'],
    explanation: {
      ko: 'API 키(API Keys)와 사용량 계획(Usage Plans)은 REST API에서 지원하고 HTTP API는 지원하지 않습니다. WebSocket API는 $connect의 API 키만 문서화되어 있고 사용량 계획 동작은 문서화되어 있지 않습니다.',
      en: 'REST APIs support API keys and usage plans; HTTP APIs do not. For WebSocket APIs only API keys on $connect are documented; usage plan behaviour is not.',
    },
    rowIds: ['feat.api-keys', 'feat.usage-plans-throttling', 'feat.usage-plans'],
    source: SOURCES.seed,
    core: true,
  },
  {
    id: 'use.waf-protected-api',
    kind: 'use-case',
    prompt: {
      ko: 'AWS WAF 규칙으로 보호해야 하는 공개 요청-응답형 API',
      en: 'A public request/response API that must be protected by AWS WAF rules',
    },
    answer: ['rest'],
    explanation: {
      ko: 'AWS는 AWS WAF 통합이 필요하면 REST API를 고르라고 안내합니다. HTTP API와 WebSocket API에는 WAF 지원이 없습니다.',
      en: 'AWS advises choosing REST APIs when you need AWS WAF integration. HTTP and WebSocket APIs have no WAF support.',
    },
    rowIds: ['feat.waf'],
    source: SOURCES.comparison,
    core: false,
  },
  {
    id: 'use.vpc-only-internal-api',
    kind: 'use-case',
    prompt: {
      ko: '인터넷에 노출하지 않고 VPC 안에서만 호출하는 사내 API',
      en: 'An internal API that is never exposed to the internet and is called only from inside a VPC',
    },
    answer: ['rest'],
    explanation: {
      ko: 'VPC에서만 접근할 수 있는 프라이빗 엔드포인트(Private endpoint)는 REST API에만 있습니다. HTTP API와 WebSocket API는 리전 엔드포인트로 공개됩니다.',
      en: 'Only REST APIs offer a private endpoint reachable only from a VPC. HTTP and WebSocket APIs are exposed through Regional endpoints.',
    },
    rowIds: ['feat.private-endpoint'],
    source: SOURCES.comparison,
    core: false,
  },
  {
    id: 'use.cloud-map-backend',
    kind: 'use-case',
    prompt: {
      ko: 'AWS Cloud Map에 등록된 프라이빗 서비스로 요청을 보내는 API',
      en: 'An API that routes requests to private services registered in AWS Cloud Map',
    },
    answer: ['http'],
    explanation: {
      ko: 'AWS Cloud Map 프라이빗 통합은 HTTP API만 지원합니다. REST API는 NLB와 ALB는 지원하지만 Cloud Map은 지원하지 않습니다.',
      en: 'Only HTTP APIs support private integrations with AWS Cloud Map. REST APIs support NLBs and ALBs but not Cloud Map.',
    },
    rowIds: ['feat.private-cloud-map'],
    source: SOURCES.comparison,
    core: false,
  },
  {
    id: 'use.cache-repeated-reads',
    kind: 'use-case',
    prompt: {
      ko: '같은 조회 요청이 반복되어 API Gateway에서 응답을 캐시해 백엔드 호출을 줄이려는 API',
      en: 'An API with many repeated read requests, where API Gateway should cache responses to cut backend calls',
    },
    answer: ['rest'],
    explanation: {
      ko: 'API 캐싱(Caching)은 REST API 스테이지 기능입니다. 캐시 TTL은 기본 300초이며, 캐시는 크기에 따라 시간당 별도 요금이 붙습니다.',
      en: 'API caching is a REST API stage feature. The cache TTL defaults to 300 s, and the cache is billed separately per hour by its size.',
    },
    rowIds: ['feat.caching'],
    source: SOURCES.comparison,
    core: false,
  },
  {
    id: 'use.long-streamed-response',
    kind: 'use-case',
    prompt: {
      ko: '응답이 10 MB를 넘고 생성에 몇 분이 걸려 응답을 점진적으로 보내야 하는 요청-응답형 API',
      en: 'A request/response API whose response exceeds 10 MB and takes minutes to produce, so it must be sent progressively',
    },
    answer: ['rest'],
    explanation: {
      ko: 'REST API의 응답 스트리밍(Response streaming)은 10 MB 응답 한도와 29초 제한 시간을 넘어 최대 15분까지 응답을 보낼 수 있습니다. HTTP API의 30초 제한은 늘릴 수 없습니다.',
      en: "REST API response streaming can go past the 10 MB response limit and the 29 s timeout, up to 15 minutes. The HTTP API's 30 s limit cannot be raised.",
    },
    rowIds: ['feat.response-streaming', 'feat.integration-timeout'],
    source: SOURCES.responseStreaming,
    core: false,
  },

  // ---- Traits ----
  {
    id: 'trait.persistent-stateful-connection',
    kind: 'trait',
    prompt: {
      ko: '상태를 유지하는 지속적인 연결',
      en: 'A persistent, stateful connection',
    },
    answer: ['websocket'],
    explanation: {
      ko: 'WebSocket API는 연결을 유지하는 상태 저장형(stateful) 프런트엔드입니다. 연결은 최대 2시간 유지되며, 유휴 상태가 10분 이어지면 끊깁니다.',
      en: 'A WebSocket API is a stateful front end that keeps the connection open for up to 2 hours; an idle connection closes after 10 minutes.',
    },
    rowIds: ['feat.communication-model'],
    source: SOURCES.seed,
    core: true,
  },
  {
    id: 'trait.server-push',
    kind: 'trait',
    prompt: {
      ko: '클라이언트 요청 없이 백엔드가 클라이언트에 메시지를 보낼 수 있음',
      en: 'The backend can send a message to a client without a client request',
    },
    answer: ['websocket'],
    explanation: {
      ko: 'WebSocket API에서는 백엔드가 @connections 콜백 URL에 POST해 연결된 클라이언트에 메시지를 보냅니다.',
      en: 'In a WebSocket API the backend POSTs to the @connections callback URL to send a message to a connected client.',
    },
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsApi,
    core: false,
  },
  {
    id: 'trait.mainly-proxy-integrations',
    kind: 'trait',
    prompt: {
      ko: 'Lambda 프록시나 HTTP 프록시 통합을 주로 쓰는 단순한 통합 모델',
      en: 'A simple integration model built mainly on Lambda proxy and HTTP proxy integrations',
    },
    answer: ['http'],
    explanation: {
      ko: 'HTTP API는 주로 Lambda 프록시와 HTTP 프록시 통합을 씁니다. REST와 WebSocket API는 프록시 외에 매핑 템플릿(Mapping Templates)을 쓰는 비프록시 통합도 지원합니다.',
      en: 'HTTP APIs mainly use Lambda proxy and HTTP proxy integrations. REST and WebSocket APIs also offer non-proxy integrations with mapping templates.',
    },
    rowIds: ['feat.proxy-integrations', 'feat.aws-services'],
    source: SOURCES.seed,
    core: true,
    notesDiffer: {
      ko: '노트는 HTTP API가 "프록시만 지원"한다고 하지만, AWS 문서는 HTTP API가 AWS 서비스(first-class) 통합과 VPC 링크를 통한 NLB·ALB·Cloud Map 프라이빗 통합도 지원한다고 합니다.',
      en: 'The notes say HTTP APIs support "proxy only", but AWS documents first-class AWS service integrations and private integrations to NLB, ALB and Cloud Map through VPC links for HTTP APIs.',
    },
  },
  {
    id: 'trait.validation-and-vtl',
    kind: 'trait',
    prompt: {
      ko: '요청 검증(Request validation)과 VTL 매핑 템플릿을 모두 지원',
      en: 'Supports both request validation and VTL mapping templates',
    },
    answer: ['rest', 'websocket'],
    explanation: {
      ko: 'REST API와 WebSocket API는 요청 검증과 VTL 매핑 템플릿을 모두 지원합니다. HTTP API는 둘 다 지원하지 않습니다.',
      en: 'REST and WebSocket APIs support both request validation and VTL mapping templates. HTTP APIs support neither.',
    },
    rowIds: ['feat.request-validation', 'feat.body-transformation'],
    source: SOURCES.comparison,
    core: false,
  },
  {
    id: 'trait.rich-features-fine-control',
    kind: 'trait',
    prompt: {
      ko: '풍부한 기능과 세밀한 제어',
      en: 'Rich features and fine-grained control',
    },
    answer: ['rest'],
    explanation: {
      ko: 'REST API는 API 키, 클라이언트별 스로틀링, 요청 검증, AWS WAF, 프라이빗 엔드포인트처럼 HTTP API에 없는 기능을 제공합니다.',
      en: 'REST APIs offer features HTTP APIs lack, such as API keys, per-client throttling, request validation, AWS WAF and private endpoints.',
    },
    rowIds: [
      'feat.api-keys',
      'feat.usage-plans-throttling',
      'feat.request-validation',
      'feat.waf',
      'feat.private-endpoint',
    ],
    source: SOURCES.seed,
    core: true,
  },
  {
    id: 'trait.built-in-cors',
    kind: 'trait',
    prompt: {
      ko: '설정 하나로 CORS 프리플라이트 요청에 자동 응답하는 내장 CORS',
      en: 'Built-in CORS that answers preflight requests automatically from one setting',
    },
    answer: ['http'],
    explanation: {
      ko: 'HTTP API는 corsConfiguration 설정만으로 프리플라이트 OPTIONS 요청에 자동 응답합니다. REST API도 CORS를 지원하지만 OPTIONS 메서드와 헤더를 직접 구성해야 합니다.',
      en: 'HTTP APIs answer preflight OPTIONS requests automatically from the corsConfiguration setting. REST APIs support CORS too, but you set up the OPTIONS method and headers yourself.',
    },
    rowIds: ['feat.cors'],
    source: SOURCES.httpApi,
    core: true,
  },
  {
    id: 'trait.regional-endpoint-only',
    kind: 'trait',
    prompt: {
      ko: '엣지 최적화나 프라이빗 엔드포인트 없이 리전 엔드포인트만 제공',
      en: 'Offered with a Regional endpoint only (no edge-optimized or private endpoint)',
    },
    answer: ['http', 'websocket'],
    explanation: {
      ko: 'HTTP API와 WebSocket API는 리전 엔드포인트만 제공합니다. 엣지 최적화와 프라이빗 엔드포인트는 REST API에만 있습니다.',
      en: 'HTTP and WebSocket APIs are offered with a Regional endpoint only. Edge-optimized and private endpoints exist only for REST APIs.',
    },
    rowIds: ['feat.regional-endpoint', 'feat.edge-endpoint', 'feat.private-endpoint'],
    source: SOURCES.comparison,
    core: false,
  },
];
