import { SOURCES } from './sources.ts';
import type { Scenario } from './types.ts';

/**
 * Exam-style scenario questions, written for this deck. Each names the facts that decide
 * it (`factIds`: ids of feature rows, type, concept or topic facts) and the AWS page it was
 * checked against. None depends on "JWT authorizers are HTTP API only": REST APIs have JWT
 * authorizers too now, and the questions that touch JWTs teach that.
 */
export const SCENARIOS: readonly Scenario[] = [
  // ================================================================ api-type
  {
    id: 'scn.partner-quotas-per-key',
    topic: 'api-type',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: '한 회사가 외부 파트너 30곳에 요청-응답형 API를 제공합니다. 파트너마다 초당 요청 한도와 월간 요청 할당량(quota)을 다르게 적용하고 파트너별 사용량을 추적해야 합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)로 구현하는 방법은?',
      en: 'A company offers a request/response API to 30 external partners. Each partner needs its own per-second rate limit and monthly request quota, and usage must be tracked per partner. Which approach meets this with the LEAST operational overhead?',
    },
    options: [
      {
        ko: 'HTTP API에 Lambda 권한 부여자를 붙이고, 파트너별 호출 수를 DynamoDB에 세어 한도를 넘으면 거부한다.',
        en: 'An HTTP API with a Lambda authorizer that counts each partner’s calls in DynamoDB and rejects calls over the limit.',
      },
      {
        ko: 'HTTP API의 라우트 수준 스로틀링(route-level throttling)으로 파트너마다 한도를 설정한다.',
        en: 'An HTTP API with route-level throttling set per partner.',
      },
      {
        ko: 'REST API에서 파트너마다 API 키(API key)를 발급하고, 스로틀과 할당량을 가진 사용량 계획(usage plan)에 연결한다.',
        en: 'A REST API that issues an API key per partner and associates each key with a usage plan that sets a throttle and a quota.',
      },
      {
        ko: 'WebSocket API의 $connect 라우트에 API 키를 요구한다.',
        en: 'A WebSocket API that requires an API key on the $connect route.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '동작은 하지만 계량 코드를 직접 만들고 운영해야 합니다. HTTP API에는 사용량 계획이 없습니다.',
        en: 'It can work, but you build and run the metering code yourself; HTTP APIs have no usage plans.',
      },
      {
        ko: '라우트 수준 한도는 그 라우트를 부르는 모든 클라이언트에 함께 적용되며, 파트너(클라이언트)를 구분하지 못합니다.',
        en: 'A route-level limit applies to all clients of the route together; it cannot tell partners apart.',
      },
      null,
      {
        ko: 'API 키는 $connect에서만 요구할 수 있고 메시지별 사용량 계량은 문서화되어 있지 않습니다. 또 요구 사항은 요청-응답형 API입니다.',
        en: 'Keys can be required only on $connect and per-message metering is not documented; the requirement is also a request/response API.',
      },
    ],
    explanation: {
      ko: '클라이언트(API 키)별 스로틀과 할당량은 REST API의 사용량 계획 기능입니다. HTTP API에는 API 키와 사용량 계획이 없습니다.',
      en: 'Per-client (per API key) throttles and quotas are what REST API usage plans do. HTTP APIs have neither API keys nor usage plans.',
    },
    factIds: [
      'feat.usage-plans',
      'feat.api-keys',
      'feat.per-client-rate-limiting',
      'topic.usage-plan-throttle-quota',
      'topic.route-throttling-v2',
    ],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.usagePlans,
  },
  {
    id: 'scn.simple-lambda-backend-cost',
    topic: 'api-type',
    qualifier: 'MOST cost-effective',
    stem: {
      ko: '모바일 앱 백엔드를 Lambda 함수 몇 개로 만듭니다. 공개 요청-응답형 API이며 API 키, 캐싱, AWS WAF, 요청 검증은 필요 없습니다. 월 수억 건의 요청이 예상됩니다. 가장 비용 효율적인(MOST cost-effective) 선택은?',
      en: 'A mobile back end is built from a few Lambda functions. It is a public request/response API that needs no API keys, caching, AWS WAF or request validation, and it expects hundreds of millions of requests a month. Which choice is MOST cost-effective?',
    },
    options: [
      {
        ko: 'Lambda 프록시 통합을 쓰는 HTTP API',
        en: 'An HTTP API with Lambda proxy integrations',
      },
      {
        ko: 'Lambda 프록시 통합을 쓰는 REST API',
        en: 'A REST API with Lambda proxy integrations',
      },
      {
        ko: '스테이지 캐시를 켠 엣지 최적화(edge-optimized) REST API',
        en: 'An edge-optimized REST API with a stage cache',
      },
      {
        ko: '클라이언트가 연결을 유지하는 WebSocket API',
        en: 'A WebSocket API that clients keep connected',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: '요구 사항은 충족하지만 첫 구간 기준 요청당 가격이 HTTP API의 3배가 넘습니다.',
        en: 'It meets the needs, but at the first tier it costs more than three times as much per request.',
      },
      {
        ko: 'REST API 가격에 더해 캐시가 크기별 시간당 별도 요금으로 붙습니다. 캐싱은 필요하지도 않습니다.',
        en: 'On top of REST pricing, the cache is billed per hour by size, and caching is not even needed.',
      },
      {
        ko: '메시지와 연결 시간(분)으로 과금되고 연결 관리가 필요합니다. 요청-응답형 앱에는 맞지 않습니다.',
        en: 'It is billed per message and connection-minute and needs connection handling; it does not fit a request/response app.',
      },
    ],
    explanation: {
      ko: 'REST API 전용 기능이 필요 없으면 HTTP API가 맞습니다. HTTP API는 최소 기능으로 설계되어 더 낮은 가격에 제공되며, 첫 구간에서 REST API보다 최대 71% 저렴합니다.',
      en: 'When no REST-only feature is needed, choose an HTTP API: it is designed with minimal features so it can be offered at a lower price, up to 71% less than REST at the first tier.',
    },
    factIds: ['feat.cost', 'feat.first-tier-price', 'use.simple-lambda-low-cost'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.support-chat-server-push',
    topic: 'api-type',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: '고객 상담 채팅을 만듭니다. 상담원이 보낸 메시지를 고객 브라우저에 즉시 전달해야 하며, 고객이 요청을 보내지 않아도 서버가 먼저 메시지를 보낼 수 있어야 합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)로 구현하는 방법은?',
      en: 'A customer support chat must deliver an agent’s message to the customer’s browser at once, and the server must be able to send without any request from the customer. Which approach meets this with the LEAST operational overhead?',
    },
    options: [
      {
        ko: '클라이언트가 2초마다 REST API를 폴링(polling)한다.',
        en: 'Clients poll a REST API every 2 seconds.',
      },
      {
        ko: '클라이언트가 HTTP API에 요청을 보내고, 새 메시지가 생길 때까지 응답을 붙잡아 둔다.',
        en: 'Clients send a request to an HTTP API that holds the response open until a new message arrives.',
      },
      {
        ko: 'REST API의 응답 스트리밍(response streaming)으로 메시지를 흘려보낸다.',
        en: 'Send messages through REST API response streaming.',
      },
      {
        ko: 'WebSocket API를 쓰고 $connect에서 연결 ID를 저장한 뒤, 백엔드가 @connections API로 메시지를 보낸다.',
        en: 'A WebSocket API that stores connection IDs on $connect, with the backend sending messages through the @connections API.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '요청-응답은 항상 클라이언트가 시작하므로, 폴링은 지연(최대 폴링 간격)과 불필요한 요청을 만듭니다.',
        en: 'Request/response is always client-initiated, so polling adds delay (up to the interval) and wasted requests.',
      },
      {
        ko: 'HTTP API 통합 제한 시간은 30초로 고정이고, 여전히 클라이언트 요청이 있어야만 응답할 수 있습니다.',
        en: 'The HTTP API integration timeout is a fixed 30 seconds, and it can still only answer a client request.',
      },
      {
        ko: '스트리밍은 클라이언트가 보낸 요청 하나의 응답을 이어 보낼 뿐이고(최대 15분), 요청이 없는 클라이언트에 새 메시지를 보낼 수 없습니다.',
        en: 'Streaming only continues the answer to one client request (up to 15 minutes); it cannot reach a client with no open request.',
      },
      null,
    ],
    explanation: {
      ko: '서버가 먼저 보내는(push) 양방향 통신은 WebSocket API의 특징입니다. 백엔드는 연결 ID로 @connections URL에 POST해 클라이언트 요청 없이 메시지를 보냅니다.',
      en: 'Server push over a two-way connection is what WebSocket APIs are for: the backend POSTs to the @connections URL of a connection ID, with no client request.',
    },
    factIds: [
      'feat.communication-model',
      'trait.server-push',
      'use.realtime-chat',
      'ws.connections-post',
    ],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.wsApi,
  },
  {
    id: 'scn.internal-api-no-internet',
    topic: 'api-type',
    stem: {
      ko: '사내 인사(HR) API는 인터넷에서 절대 접근할 수 없어야 하며, 여러 VPC와 AWS Direct Connect로 연결된 온프레미스 네트워크에서만 호출되어야 합니다. 어떤 구성이 요구 사항을 충족하나요?',
      en: 'An internal HR API must never be reachable from the internet; it is called only from several VPCs and from an on-premises network connected by AWS Direct Connect. Which setup meets the requirement?',
    },
    options: [
      {
        ko: 'VPC 링크(VPC link)로 내부 ALB에 연결한 HTTP API',
        en: 'An HTTP API connected to an internal ALB through a VPC link',
      },
      {
        ko: '엔드포인트 유형이 프라이빗(PRIVATE)인 REST API를 execute-api 인터페이스 VPC 엔드포인트로 호출하고, 리소스 정책으로 허용할 VPC 엔드포인트를 제한',
        en: 'A REST API with the PRIVATE endpoint type, called through an execute-api interface VPC endpoint, with a resource policy that limits which VPC endpoints may call it',
      },
      {
        ko: '호출자 IP를 검사하는 Lambda 권한 부여자를 붙인 리전(Regional) REST API',
        en: 'A Regional REST API with a Lambda authorizer that checks the caller’s IP address',
      },
      {
        ko: '$connect에 IAM 권한 부여를 설정한 WebSocket API',
        en: 'A WebSocket API with IAM authorization on $connect',
      },
    ],
    correct: [1],
    why: [
      {
        ko: 'VPC 링크는 API가 백엔드로 가는 길(프라이빗 통합)을 비공개로 만들 뿐, API 엔드포인트는 여전히 인터넷에 공개됩니다.',
        en: 'A VPC link makes the path to the backend private (a private integration); the API endpoint stays public.',
      },
      null,
      {
        ko: '엔드포인트는 여전히 인터넷에서 접근할 수 있고, 차단 로직을 직접 유지해야 합니다.',
        en: 'The endpoint is still reachable from the internet, and you maintain the blocking logic yourself.',
      },
      {
        ko: 'WebSocket API는 리전 엔드포인트만 있고 인터넷을 통해 접근합니다.',
        en: 'WebSocket APIs have only Regional endpoints, reached over the internet.',
      },
    ],
    explanation: {
      ko: 'VPC에서만 접근 가능한 프라이빗 엔드포인트는 REST API 전용입니다. 인터페이스 VPC 엔드포인트 하나로 여러 프라이빗 API를 부를 수 있고, Direct Connect로 온프레미스에서도 이 엔드포인트를 쓸 수 있습니다.',
      en: 'Private endpoints, reachable only from VPCs, are REST-only. One interface VPC endpoint can reach many private APIs, and on-premises networks can use it over Direct Connect.',
    },
    factIds: [
      'feat.private-endpoint',
      'topic.private-api-endpoint',
      'topic.private-api-vs-private-integration',
      'use.vpc-only-internal-api',
    ],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.privateApis,
  },
  {
    id: 'scn.waf-managed-rules',
    topic: 'api-type',
    stem: {
      ko: '공개 주문 API가 SQL 인젝션 시도와 특정 IP 대역의 대량 요청을 받고 있습니다. 코드 변경 없이 AWS 관리형 규칙과 속도 기반 규칙(rate-based rule)으로 API 앞단에서 차단하려 합니다. 어떤 구성을 써야 하나요?',
      en: 'A public order API receives SQL injection attempts and floods from certain IP ranges. The team wants to block them in front of the API with AWS managed rules and rate-based rules, without code changes. Which setup should they use?',
    },
    options: [
      {
        ko: 'HTTP API 스테이지에 AWS WAF 웹 ACL을 연결한다.',
        en: 'Associate an AWS WAF web ACL with an HTTP API stage.',
      },
      {
        ko: 'HTTP API에 요청을 검사하는 Lambda 권한 부여자를 붙인다.',
        en: 'Attach a Lambda authorizer to an HTTP API that inspects each request.',
      },
      {
        ko: 'REST API 스테이지에 AWS WAF 웹 ACL을 연결한다.',
        en: 'Associate an AWS WAF web ACL with a REST API stage.',
      },
      {
        ko: 'WebSocket API를 쓰고 $connect 라우트에 AWS WAF를 연결한다.',
        en: 'Use a WebSocket API and attach AWS WAF to the $connect route.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: 'AWS WAF 연동은 REST API 전용이며 HTTP API에는 없습니다.',
        en: 'AWS WAF integration is REST-only; HTTP APIs do not have it.',
      },
      {
        ko: '직접 작성·유지하는 코드이며 관리형 규칙이나 속도 기반 규칙을 대신하지 못합니다.',
        en: 'That is custom code to write and maintain, and it does not replace managed or rate-based rules.',
      },
      null,
      {
        ko: 'AWS WAF 문서는 REST API만 다루며, 요구 사항도 요청-응답형 API입니다.',
        en: 'The AWS WAF docs cover REST APIs only, and the requirement is a request/response API.',
      },
    ],
    explanation: {
      ko: 'AWS는 AWS WAF 통합이 필요하면 REST API를 고르라고 안내합니다. WAF 웹 ACL은 REST API 스테이지에 연결합니다.',
      en: 'AWS says to choose a REST API when you need AWS WAF integration; the web ACL is associated with a REST API stage.',
    },
    factIds: ['feat.waf', 'use.waf-protected-api'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.catalog-cache-repeated-gets',
    topic: 'api-type',
    qualifier: 'LOWEST latency',
    stem: {
      ko: '상품 카탈로그 API에는 같은 GET 요청이 초당 수천 번 반복되고, 데이터는 5분에 한 번 바뀝니다. 백엔드 호출을 줄이면서 가장 낮은 지연 시간(LOWEST latency)으로 응답하려면?',
      en: 'A product catalog API receives thousands of identical GET requests per second, and the data changes every 5 minutes. How can it cut backend calls and answer with the LOWEST latency?',
    },
    options: [
      {
        ko: 'REST API 스테이지에 API 캐시를 켜고 TTL을 300초로 둔다.',
        en: 'Turn on the API cache for a REST API stage with a TTL of 300 seconds.',
      },
      {
        ko: 'HTTP API 스테이지에 API 캐시를 켠다.',
        en: 'Turn on the API cache for an HTTP API stage.',
      },
      {
        ko: 'HTTP API의 자동 배포(automatic deployments)를 켠다.',
        en: 'Turn on automatic deployments for an HTTP API.',
      },
      {
        ko: 'WebSocket API로 바꿔 클라이언트가 연결을 유지하게 한다.',
        en: 'Switch to a WebSocket API so clients stay connected.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'HTTP API에는 API 캐싱이 없습니다.',
        en: 'HTTP APIs have no API caching.',
      },
      {
        ko: '자동 배포는 변경을 스테이지에 반영하는 방식일 뿐 응답을 캐시하지 않습니다.',
        en: 'Automatic deployments only release changes to a stage; they cache nothing.',
      },
      {
        ko: '연결을 유지해도 메시지마다 통합이 호출되며, WebSocket API에는 캐싱이 없습니다.',
        en: 'Each message still invokes the integration, and WebSocket APIs have no caching.',
      },
    ],
    explanation: {
      ko: 'API 캐싱은 REST API 스테이지 기능입니다. TTL 동안 같은 요청은 백엔드 대신 캐시에서 응답하므로 지연과 백엔드 호출이 줄어듭니다(기본 TTL 300초, 최대 3600초).',
      en: 'API caching is a REST API stage feature. During the TTL, identical requests are answered from the cache instead of the backend (default TTL 300 s, max 3600 s).',
    },
    factIds: ['feat.caching', 'use.cache-repeated-reads', 'quota.cache-ttl'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.caching,
  },
  {
    id: 'scn.cloud-map-services',
    topic: 'api-type',
    stem: {
      ko: 'ECS 마이크로서비스들이 AWS Cloud Map에 등록되어 있습니다. 인터넷의 클라이언트가 API Gateway를 통해 이 서비스들을 호출해야 하고, 로드 밸런서를 추가로 운영하고 싶지 않습니다. 어떤 구성이 맞나요?',
      en: 'ECS microservices are registered in AWS Cloud Map. Internet clients must call them through API Gateway, and the team does not want to run extra load balancers. Which setup fits?',
    },
    options: [
      {
        ko: 'VPC 링크 V2(VPC link V2)로 Cloud Map 서비스에 직접 연결한 REST API',
        en: 'A REST API connected directly to the Cloud Map service through a VPC link V2',
      },
      {
        ko: 'VPC 링크 V1으로 NLB에 연결한 REST API',
        en: 'A REST API connected to an NLB through a VPC link V1',
      },
      {
        ko: 'VPC 링크로 Cloud Map 서비스에 연결한 WebSocket API',
        en: 'A WebSocket API connected to the Cloud Map service through a VPC link',
      },
      {
        ko: 'VPC 링크를 통해 Cloud Map 서비스로 프라이빗 통합을 만든 HTTP API',
        en: 'An HTTP API with a private integration to the Cloud Map service through a VPC link',
      },
    ],
    correct: [3],
    why: [
      {
        ko: 'REST API 프라이빗 통합은 NLB와 ALB를 지원하지만 Cloud Map은 지원하지 않습니다.',
        en: 'REST API private integrations support NLBs and ALBs, but not Cloud Map.',
      },
      {
        ko: 'NLB를 추가로 운영해야 하며, VPC 링크 V1은 레거시입니다.',
        en: 'It needs an extra NLB to run, and VPC link V1 is legacy.',
      },
      {
        ko: 'WebSocket API의 프라이빗 통합으로 문서화된 대상은 NLB뿐입니다.',
        en: 'The only documented private integration target for WebSocket APIs is an NLB.',
      },
      null,
    ],
    explanation: {
      ko: 'AWS Cloud Map 프라이빗 통합은 HTTP API 전용입니다. HTTP API는 VPC 링크로 ALB, NLB, Cloud Map 서비스에 연결할 수 있습니다.',
      en: 'Private integrations with AWS Cloud Map are HTTP-only; an HTTP API can reach an ALB, an NLB or a Cloud Map service through a VPC link.',
    },
    factIds: ['feat.private-cloud-map', 'topic.vpc-link-targets', 'use.cloud-map-backend'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.httpPrivateIntegrations,
  },
  {
    id: 'scn.reject-invalid-body',
    topic: 'api-type',
    stem: {
      ko: '결제 API는 필수 필드가 빠졌거나 JSON 스키마에 맞지 않는 요청 본문을 Lambda 함수를 호출하기 전에 거부해야 합니다. 검증 코드를 작성하지 않으려면 무엇을 써야 하나요?',
      en: 'A payment API must reject request bodies that lack required fields or do not match a JSON schema before the Lambda function is invoked. What should it use to avoid writing validation code?',
    },
    options: [
      {
        ko: 'HTTP API의 파라미터 매핑(parameter mapping)',
        en: 'HTTP API parameter mapping',
      },
      {
        ko: 'REST API 메서드에 모델(JSON 스키마)과 요청 검사기(request validator) 설정',
        en: 'A model (JSON schema) and a request validator on the REST API method',
      },
      {
        ko: 'HTTP API의 JWT 권한 부여자(JWT authorizer)',
        en: 'An HTTP API JWT authorizer',
      },
      {
        ko: 'REST API의 Lambda 프록시 통합만 설정',
        en: 'A REST API Lambda proxy integration on its own',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '파라미터 매핑은 헤더, 쿼리 문자열, 경로를 바꿀 뿐 본문을 검증하지 않습니다.',
        en: 'Parameter mapping changes headers, query strings and the path; it does not validate bodies.',
      },
      null,
      {
        ko: 'JWT 권한 부여자는 토큰을 검사할 뿐 요청 본문은 보지 않습니다.',
        en: 'A JWT authorizer checks the token, not the request body.',
      },
      {
        ko: '프록시 통합은 요청을 그대로 넘기므로 검증은 함수 코드가 해야 합니다.',
        en: 'A proxy integration passes the request through, so the function code would have to validate it.',
      },
    ],
    explanation: {
      ko: '요청 검증(request validation)은 REST API와 WebSocket API에 있고 HTTP API에는 없습니다. 검증에 실패하면 API Gateway가 통합을 호출하지 않고 400으로 응답합니다.',
      en: 'Request validation exists on REST and WebSocket APIs, not HTTP APIs. When validation fails, API Gateway answers 400 without calling the integration.',
    },
    factIds: ['feat.request-validation', 'trait.validation-and-vtl', 'topic.error-4xx-family'],
    apiTypes: ['rest', 'http'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.xray-service-map',
    topic: 'api-type',
    stem: {
      ko: '운영팀은 API Gateway에서 Lambda, DynamoDB까지 요청 하나의 경로와 구간별 지연을 AWS X-Ray 서비스 맵으로 보고 싶어 합니다. API Gateway에서 X-Ray 추적을 켤 수 있는 API 유형은?',
      en: 'The operations team wants to see a request’s path and per-hop latency from API Gateway through Lambda to DynamoDB on an AWS X-Ray service map. For which API type can API Gateway turn on X-Ray tracing?',
    },
    options: [
      { ko: 'HTTP API', en: 'HTTP API' },
      { ko: 'WebSocket API', en: 'WebSocket API' },
      { ko: 'REST API', en: 'REST API' },
      { ko: '세 유형 모두', en: 'All three types' },
    ],
    correct: [2],
    why: [
      {
        ko: 'HTTP API는 X-Ray 추적을 지원하지 않습니다.',
        en: 'HTTP APIs do not support X-Ray tracing.',
      },
      {
        ko: 'X-Ray 문서는 REST API만 다루며, WebSocket API용 설정은 없습니다.',
        en: 'The X-Ray docs cover REST APIs only; there is no WebSocket setting.',
      },
      null,
      {
        ko: 'X-Ray 추적은 REST API 전용입니다.',
        en: 'X-Ray tracing is REST-only.',
      },
    ],
    explanation: {
      ko: 'AWS X-Ray 추적은 REST API 기능입니다(AWS 문서 제목도 "X-Ray로 REST API 사용자 요청 추적"). HTTP API 문제는 액세스 로그로 조사합니다.',
      en: 'AWS X-Ray tracing is a REST API feature (the AWS page is "Tracing user requests to REST APIs using X-Ray"); HTTP API issues are investigated with access logs.',
    },
    factIds: ['feat.xray', 'topic.http-lambda-500-debug'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.canary-ten-percent',
    topic: 'api-type',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'API의 새 버전을 prod에 내보내면서, 같은 호출 URL로 들어오는 트래픽의 10%만 무작위로 새 버전에 보내 지표를 확인한 뒤 승격(promote)하려 합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)로 구현하는 방법은?',
      en: 'A new API version must go to prod with only a random 10% of the traffic on the same invoke URL, checked on metrics and then promoted. Which approach has the LEAST operational overhead?',
    },
    options: [
      {
        ko: 'REST API prod 스테이지에 카나리 설정(canarySettings)을 추가하고 percentTraffic을 10으로 둔다.',
        en: 'Add canary settings (canarySettings) to the REST API prod stage with percentTraffic set to 10.',
      },
      {
        ko: '새 HTTP API를 따로 만들고 Route 53 가중치 기반 라우팅으로 10%를 보낸다.',
        en: 'Create a second HTTP API and send 10% to it with Route 53 weighted routing.',
      },
      {
        ko: 'HTTP API로 옮기고 HTTP API의 카나리 배포를 쓴다.',
        en: 'Move to an HTTP API and use its canary deployments.',
      },
      {
        ko: 'beta 스테이지를 새로 만들고 클라이언트 10%에게 그 URL을 쓰라고 안내한다.',
        en: 'Create a beta stage and ask 10% of clients to use its URL.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'API와 DNS 레코드를 하나 더 운영해야 하고, 지표와 승격도 직접 관리해야 합니다.',
        en: 'You run an extra API and DNS records and manage metrics and promotion yourself.',
      },
      {
        ko: 'HTTP API에는 카나리 릴리스 배포가 없습니다.',
        en: 'HTTP APIs have no canary release deployments.',
      },
      {
        ko: '호출 URL이 달라지고 트래픽이 무작위로 나뉘지 않습니다.',
        en: 'The invoke URL changes and the traffic is not split at random.',
      },
    ],
    explanation: {
      ko: '카나리 릴리스 배포는 REST API 스테이지 기능으로, 같은 스테이지 URL의 트래픽을 설정한 비율로 무작위로 나누고, 검증 후 승격합니다. HTTP API는 지원하지 않습니다.',
      en: 'Canary release deployments are a REST API stage feature: traffic to the same stage URL is split at random by the set percentage and then promoted. HTTP APIs lack them.',
    },
    factIds: ['feat.canary', 'topic.canary-release'],
    apiTypes: ['rest', 'http'],
    source: SOURCES.canary,
  },
  {
    id: 'scn.legacy-xml-backend',
    topic: 'api-type',
    stem: {
      ko: '레거시 주문 시스템은 XML 요청만 받는데 모바일 앱은 JSON을 보냅니다. 변환용 함수 없이 API Gateway에서 JSON 본문을 XML로 바꿔 HTTP 백엔드에 전달하려면?',
      en: 'A legacy order system accepts only XML, but the mobile app sends JSON. How can API Gateway turn the JSON body into XML for the HTTP backend without a conversion function?',
    },
    options: [
      {
        ko: 'HTTP API의 파라미터 매핑으로 본문을 바꾼다.',
        en: 'Rewrite the body with HTTP API parameter mapping.',
      },
      {
        ko: 'HTTP API의 Lambda 프록시 통합으로 변환한다.',
        en: 'Convert it in an HTTP API Lambda proxy integration.',
      },
      {
        ko: 'WebSocket API의 라우트 선택 표현식(route selection expression)으로 변환한다.',
        en: 'Convert it with a WebSocket API route selection expression.',
      },
      {
        ko: 'REST API의 비프록시 HTTP 통합에 VTL 매핑 템플릿(mapping template)을 설정한다.',
        en: 'Use a REST API non-proxy HTTP integration with a VTL mapping template.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '파라미터 매핑은 헤더, 쿼리 문자열, 경로만 바꾸며 본문은 바꾸지 못합니다.',
        en: 'Parameter mapping changes only headers, query strings and the path, never the body.',
      },
      {
        ko: '변환 코드를 Lambda 함수에 직접 작성해야 합니다.',
        en: 'You would write the conversion code in a Lambda function.',
      },
      {
        ko: '라우트 선택 표현식은 메시지를 보낼 라우트를 고를 뿐 본문을 바꾸지 않으며, 앱은 요청-응답형 HTTP 호출을 씁니다.',
        en: 'A route selection expression only picks the route; it does not transform bodies, and the app makes request/response HTTP calls.',
      },
      null,
    ],
    explanation: {
      ko: '요청 본문 변환은 VTL 매핑 템플릿을 쓰는 비프록시 통합으로 하며, REST API와 WebSocket API에 있고 HTTP API에는 없습니다. 레거시 시스템 통합이 REST API의 대표 용도인 이유입니다.',
      en: 'Request bodies are transformed by non-proxy integrations with VTL mapping templates, available on REST and WebSocket APIs but not HTTP APIs; this is why legacy integration is a classic REST API use.',
    },
    factIds: ['feat.body-transformation', 'feat.non-proxy-integrations', 'use.legacy-integration'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.integrationTypes,
  },
  {
    id: 'scn.global-clients-edge',
    topic: 'api-type',
    stem: {
      ko: '전 세계에 흩어진 클라이언트가 호출하는 API입니다. CloudFront 배포를 직접 만들고 관리하지 않으면서, 요청이 가까운 CloudFront 엣지 위치(POP)를 거치게 해 연결 시간을 줄이고 싶습니다. 무엇을 고르나요?',
      en: 'An API is called by clients spread around the world. The team wants requests to go through the nearest CloudFront point of presence to cut connection time, without creating and managing a CloudFront distribution. What should they choose?',
    },
    options: [
      {
        ko: 'HTTP API의 리전(Regional) 엔드포인트',
        en: 'An HTTP API Regional endpoint',
      },
      {
        ko: 'REST API의 엣지 최적화(edge-optimized) 엔드포인트',
        en: 'A REST API edge-optimized endpoint',
      },
      {
        ko: 'REST API의 프라이빗(private) 엔드포인트',
        en: 'A REST API private endpoint',
      },
      {
        ko: 'WebSocket API의 엣지 최적화 엔드포인트',
        en: 'A WebSocket API edge-optimized endpoint',
      },
    ],
    correct: [1],
    why: [
      {
        ko: 'HTTP API는 리전 엔드포인트만 있으며, API Gateway가 관리하는 CloudFront 배포가 없습니다.',
        en: 'HTTP APIs are Regional only, with no CloudFront distribution managed by API Gateway.',
      },
      null,
      {
        ko: '프라이빗 엔드포인트는 VPC 안에서만 접근할 수 있습니다.',
        en: 'A private endpoint is reachable only from inside VPCs.',
      },
      {
        ko: 'WebSocket API는 리전 엔드포인트만 제공합니다.',
        en: 'WebSocket APIs are offered with a Regional endpoint only.',
      },
    ],
    explanation: {
      ko: '엣지 최적화 엔드포인트는 REST API에만 있고, 요청을 가장 가까운 CloudFront POP로 보냅니다. REST API의 기본 엔드포인트 유형이기도 합니다.',
      en: 'Edge-optimized endpoints exist only for REST APIs; they route requests to the nearest CloudFront POP, and they are the default REST API endpoint type.',
    },
    factIds: ['feat.edge-endpoint', 'feat.regional-endpoint', 'trait.regional-endpoint-only'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.endpointTypes,
  },
  {
    id: 'scn.long-report-streaming',
    topic: 'api-type',
    stem: {
      ko: '생성형 AI 보고서 API는 요청 하나에 최대 8분 동안 응답을 만들며, 전체 응답은 50 MB를 넘을 수 있습니다. 기존 클라이언트는 일반 HTTPS 요청만 보낼 수 있고, 첫 바이트를 빨리 받아야 합니다. 요구 사항을 충족하는 구성은?',
      en: 'A generative AI report API takes up to 8 minutes to produce one response, which can exceed 50 MB. Existing clients can only send ordinary HTTPS requests and need the first bytes quickly. Which setup meets the requirements?',
    },
    options: [
      {
        ko: 'Lambda 프록시 통합을 쓰는 HTTP API',
        en: 'An HTTP API with a Lambda proxy integration',
      },
      {
        ko: '기본 전송 모드(BUFFERED)의 Lambda 프록시 통합을 쓰고 통합 제한 시간 증가를 요청한 REST API',
        en: 'A REST API with a Lambda proxy integration in the default BUFFERED mode and an integration timeout increase',
      },
      {
        ko: 'Lambda 프록시(AWS_PROXY) 통합의 응답 전송 모드(responseTransferMode)를 STREAM으로 설정한 REST API',
        en: 'A REST API whose Lambda proxy (AWS_PROXY) integration uses responseTransferMode STREAM',
      },
      {
        ko: '보고서를 메시지로 나눠 보내는 WebSocket API',
        en: 'A WebSocket API that sends the report as messages',
      },
    ],
    correct: [2],
    why: [
      {
        ko: 'HTTP API 통합 제한 시간은 30초로 고정이고 페이로드는 10 MB까지입니다.',
        en: 'The HTTP API integration timeout is a fixed 30 seconds and payloads stop at 10 MB.',
      },
      {
        ko: '버퍼링 모드에서는 응답 전체를 기다렸다가 보내며 10 MB 응답 한도를 넘을 수 없습니다.',
        en: 'Buffered mode waits for the whole response and cannot exceed the 10 MB response limit.',
      },
      null,
      {
        ko: '클라이언트가 WebSocket 프로토콜을 써야 하고, 메시지는 128 KB까지입니다.',
        en: 'Clients would have to speak WebSocket, and messages are limited to 128 KB.',
      },
    ],
    explanation: {
      ko: 'REST API 응답 스트리밍은 HTTP_PROXY·AWS_PROXY 통합에서 응답을 점진적으로 보내며, 최대 15분 동안 10 MB 한도와 29초 제한 시간을 넘을 수 있습니다(10 MB 이후 초당 2 MB).',
      en: 'REST API response streaming sends the response progressively from HTTP_PROXY or AWS_PROXY integrations and can go past the 10 MB limit and the 29-second timeout for up to 15 minutes (2 MB/s after the first 10 MB).',
    },
    factIds: [
      'feat.response-streaming',
      'quota.streaming-timeout',
      'use.long-streamed-response',
      'feat.integration-timeout',
      'feat.max-payload',
    ],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.responseStreaming,
  },
  {
    id: 'scn.mock-before-backend',
    topic: 'api-type',
    stem: {
      ko: '프런트엔드 팀이 백엔드가 완성되기 전에, 고정된 JSON을 돌려주는 요청-응답형 API가 필요합니다. Lambda 함수나 다른 백엔드 없이 API Gateway가 직접 응답하게 하려면?',
      en: 'Before the backend is ready, the front-end team needs a request/response API that returns fixed JSON. How can API Gateway answer by itself, with no Lambda function or other backend?',
    },
    options: [
      {
        ko: '모의(MOCK) 통합과 통합 응답 매핑 템플릿을 쓰는 REST API',
        en: 'A REST API with a MOCK integration and an integration response mapping template',
      },
      {
        ko: 'MOCK 통합을 쓰는 HTTP API',
        en: 'An HTTP API with a MOCK integration',
      },
      {
        ko: '자동 배포를 켠 HTTP API',
        en: 'An HTTP API with automatic deployments',
      },
      {
        ko: '$default 라우트에 MOCK 통합을 둔 WebSocket API',
        en: 'A WebSocket API with a MOCK integration on $default',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'HTTP API에는 모의 통합이 없습니다.',
        en: 'HTTP APIs have no mock integrations.',
      },
      {
        ko: '자동 배포는 응답을 만들지 않으며, 여전히 통합 대상이 필요합니다.',
        en: 'Automatic deployments produce no responses; an integration target is still needed.',
      },
      {
        ko: 'WebSocket API에도 MOCK이 있지만, 프런트엔드는 일반 HTTP 요청-응답 호출이 필요합니다.',
        en: 'WebSocket APIs do have MOCK, but the front end needs ordinary HTTP request/response calls.',
      },
    ],
    explanation: {
      ko: '백엔드 없이 API Gateway가 응답하는 모의 통합은 REST API와 WebSocket API에 있고 HTTP API에는 없습니다. 요청-응답형이므로 REST API입니다.',
      en: 'Mock integrations, where API Gateway answers without a backend, exist on REST and WebSocket APIs but not HTTP APIs; for request/response, that means a REST API.',
    },
    factIds: ['feat.mock', 'ws.integration-types'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.partner-mtls-low-cost',
    topic: 'api-type',
    qualifier: 'MOST cost-effective',
    stem: {
      ko: 'B2B 파트너는 클라이언트 인증서로 상호 TLS(mutual TLS) 인증을 해야 합니다. 그 밖에 REST API 전용 기능은 필요 없고 트래픽이 많아 비용이 중요합니다. 가장 비용 효율적인(MOST cost-effective) 구성은?',
      en: 'B2B partners must authenticate with client certificates over mutual TLS. No other REST-only feature is needed, and with heavy traffic cost matters. Which setup is MOST cost-effective?',
    },
    options: [
      {
        ko: '상호 TLS를 켠 리전 사용자 지정 도메인을 쓰는 REST API',
        en: 'A REST API behind a Regional custom domain with mutual TLS',
      },
      {
        ko: '상호 TLS를 켠 사용자 지정 도메인을 쓰는 WebSocket API',
        en: 'A WebSocket API behind a custom domain with mutual TLS',
      },
      {
        ko: '백엔드 인증용 클라이언트 인증서(client certificate)를 생성한 REST API',
        en: 'A REST API with a generated client certificate for backend authentication',
      },
      {
        ko: 'S3에 트러스트스토어(truststore)를 두고 상호 TLS를 켠 리전 사용자 지정 도메인을 쓰는 HTTP API',
        en: 'An HTTP API behind a Regional custom domain with mutual TLS and a truststore in Amazon S3',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '동작하지만 REST API는 요청당 비용이 HTTP API보다 높습니다.',
        en: 'It works, but REST APIs cost more per request than HTTP APIs.',
      },
      {
        ko: 'WebSocket API용 상호 TLS 문서는 없고, 요구 사항은 요청-응답형입니다.',
        en: 'There is no mutual TLS page for WebSocket APIs, and the need is request/response.',
      },
      {
        ko: '백엔드 인증용 인증서는 API Gateway가 백엔드에 자신을 증명하는 것으로, 방향이 반대입니다.',
        en: 'A backend-authentication certificate proves API Gateway to the backend: the opposite direction.',
      },
      null,
    ],
    explanation: {
      ko: '상호 TLS 인증은 REST API와 HTTP API 모두 지원합니다. 다른 REST 전용 기능이 필요 없으므로 더 저렴한 HTTP API가 맞습니다.',
      en: 'Mutual TLS works on both REST and HTTP APIs. With no other REST-only need, the cheaper HTTP API is the answer.',
    },
    factIds: ['feat.mtls', 'feat.cost', 'feat.backend-certs', 'topic.mtls-requirements'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.400kb-json-upload',
    topic: 'api-type',
    qualifier: 'MOST cost-effective',
    stem: {
      ko: '문서 요약 API는 클라이언트가 요청 하나에 최대 400 KB의 JSON을 올리고 요약을 동기 응답으로 받습니다. 처리는 10초 안에 끝나며 REST API 전용 기능은 필요 없습니다. 가장 비용 효율적인(MOST cost-effective) API 유형은?',
      en: 'A document summary API receives up to 400 KB of JSON per request and returns the summary synchronously within 10 seconds. No REST-only feature is needed. Which API type is MOST cost-effective?',
    },
    options: [
      { ko: 'WebSocket API', en: 'WebSocket API' },
      { ko: 'HTTP API', en: 'HTTP API' },
      { ko: '캐싱을 켠 REST API', en: 'A REST API with caching' },
      { ko: '엣지 최적화 REST API', en: 'An edge-optimized REST API' },
    ],
    correct: [1],
    why: [
      {
        ko: 'WebSocket 메시지는 최대 128 KB이며, 넘으면 연결이 1009 코드로 닫힙니다.',
        en: 'WebSocket messages max out at 128 KB; a larger one closes the connection with code 1009.',
      },
      null,
      {
        ko: 'REST API 요금에 캐시 요금이 더해지며, 요청마다 내용이 달라 캐시 효과도 없습니다.',
        en: 'Cache charges add to REST pricing, and every request differs, so the cache would not help.',
      },
      {
        ko: '요구 사항을 충족하지만 REST API는 요청당 비용이 더 높습니다.',
        en: 'It meets the need, but REST APIs cost more per request.',
      },
    ],
    explanation: {
      ko: 'REST·HTTP API의 페이로드 한도는 10 MB, WebSocket 메시지는 128 KB입니다. 400 KB는 HTTP API의 512 KB 계량 단위 하나에 들어가므로 HTTP API가 가장 저렴합니다.',
      en: 'REST and HTTP APIs accept 10 MB payloads; WebSocket messages stop at 128 KB. 400 KB fits in one 512 KB HTTP API metering increment, so the HTTP API is cheapest.',
    },
    factIds: ['feat.max-payload', 'ws.message-too-large', 'feat.cost', 'cost.http-512kb-metering'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.wsQuotas,
  },
  {
    id: 'scn.office-ip-allowlist',
    topic: 'api-type',
    stem: {
      ko: '내부 관리 API를 회사 사무실의 공인 IP 대역(CIDR)에서만 호출할 수 있게 하려 합니다. 코드 없이 API Gateway 설정만으로 제한하려면?',
      en: 'An internal admin API must be callable only from the office’s public IP ranges (CIDR). How can this be enforced with API Gateway settings alone, without code?',
    },
    options: [
      {
        ko: 'HTTP API에 aws:SourceIp 조건의 리소스 정책을 붙인다.',
        en: 'Attach a resource policy with an aws:SourceIp condition to an HTTP API.',
      },
      {
        ko: 'HTTP API에 JWT 권한 부여자를 붙인다.',
        en: 'Attach a JWT authorizer to an HTTP API.',
      },
      {
        ko: 'REST API에 aws:SourceIp가 사무실 대역이 아니면 거부(Deny)하는 리소스 정책을 붙이고 다시 배포한다.',
        en: 'Attach a resource policy to a REST API that denies calls whose aws:SourceIp is outside the office ranges, then redeploy.',
      },
      {
        ko: 'REST API 메서드에 API 키를 요구한다.',
        en: 'Require an API key on the REST API methods.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: 'HTTP API에는 리소스 정책이 없습니다.',
        en: 'HTTP APIs have no resource policies.',
      },
      {
        ko: 'JWT 권한 부여자는 토큰을 검사할 뿐 호출자의 IP를 제한하지 않습니다.',
        en: 'A JWT authorizer checks tokens; it does not restrict caller IPs.',
      },
      null,
      {
        ko: 'API 키는 식별과 계량용이며 호출 위치를 제한하지 않습니다.',
        en: 'API keys identify and meter clients; they do not restrict where calls come from.',
      },
    ],
    explanation: {
      ko: '리소스 정책은 REST API 전용이며, 소스 IP나 VPC 조건으로 호출을 허용하거나 거부할 수 있습니다. 정책을 바꾼 뒤에는 API를 다시 배포해야 적용됩니다.',
      en: 'Resource policies are REST-only and can allow or deny calls by source IP or VPC conditions; after changing one, redeploy the API for it to apply.',
    },
    factIds: [
      'feat.resource-policies',
      'topic.api-keys-not-authorization',
      'topic.deployment-snapshot',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.resourcePolicyExamples,
  },
  {
    id: 'scn.forty-second-backend',
    topic: 'api-type',
    stem: {
      ko: '동기식 API의 백엔드가 요청마다 약 40초 걸립니다. 응답은 1 MB 이하이고 비동기로 바꿀 수 없습니다. 어떤 선택이 요구 사항을 충족하나요?',
      en: 'A synchronous API’s backend takes about 40 seconds per request. Responses are under 1 MB and the call cannot be made asynchronous. Which choice meets the requirement?',
    },
    options: [
      {
        ko: '리전(Regional) REST API를 쓰고 통합 제한 시간 증가를 요청한다(계정 스로틀 할당량을 낮춰야 할 수 있음).',
        en: 'A Regional REST API with an integration timeout increase (which may require a lower account throttle quota).',
      },
      {
        ko: 'HTTP API의 통합 제한 시간을 60초로 설정한다.',
        en: 'An HTTP API with the integration timeout set to 60 seconds.',
      },
      {
        ko: 'WebSocket API의 통합 제한 시간 증가를 요청한다.',
        en: 'A WebSocket API with an integration timeout increase.',
      },
      {
        ko: '엣지 최적화 REST API를 쓰고 통합 제한 시간 증가를 요청한다.',
        en: 'An edge-optimized REST API with an integration timeout increase.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'HTTP API 통합 제한 시간은 최대 30초이며 늘릴 수 없습니다.',
        en: 'The HTTP API integration timeout maxes out at 30 seconds and cannot be raised.',
      },
      {
        ko: 'WebSocket API 통합 제한 시간은 50 ms–29초이며 늘릴 수 없습니다.',
        en: 'The WebSocket API integration timeout is 50 ms to 29 s and cannot be raised.',
      },
      {
        ko: '엣지 최적화 API의 29초는 늘릴 수 없습니다.',
        en: 'The 29 seconds of an edge-optimized API cannot be raised.',
      },
    ],
    explanation: {
      ko: '2024년 6월부터 리전·프라이빗 REST API는 29초를 넘는 통합 제한 시간을 요청할 수 있습니다. HTTP API(30초)와 WebSocket API(29초), 엣지 최적화 REST API는 늘릴 수 없습니다.',
      en: 'Since June 2024, Regional and private REST APIs can request an integration timeout above 29 seconds. HTTP APIs (30 s), WebSocket APIs (29 s) and edge-optimized REST APIs cannot be raised.',
    },
    factIds: ['feat.integration-timeout', 'quota.rest-timeout-raise'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.timeoutAnnouncement,
  },
  {
    id: 'scn.needs-that-force-rest',
    topic: 'api-type',
    stem: {
      ko: '팀이 비용 때문에 HTTP API를 쓰려 했지만 아래 요구 사항 일부 때문에 REST API를 검토합니다. 현재 AWS 문서 기준으로, REST API를 골라야만 하는 요구 사항 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A team wanted an HTTP API for cost but is reconsidering because of some requirements below. By current AWS docs, which two requirements force a REST API? (Choose two)',
    },
    options: [
      {
        ko: '고객마다 API 키를 발급하고 사용량 계획으로 호출량을 제한한다.',
        en: 'Issue an API key per customer and limit calls with usage plans.',
      },
      {
        ko: 'OIDC IdP가 발급한 JWT를 함수 없이 게이트웨이에서 검증한다.',
        en: 'Validate JWTs from an OIDC identity provider in the gateway, with no function.',
      },
      {
        ko: 'Lambda 프록시 통합으로 Lambda 함수를 호출한다.',
        en: 'Call Lambda functions through Lambda proxy integrations.',
      },
      {
        ko: 'AWS WAF 웹 ACL로 API를 보호한다.',
        en: 'Protect the API with an AWS WAF web ACL.',
      },
      {
        ko: '브라우저의 CORS 프리플라이트 요청에 응답한다.',
        en: 'Answer browsers’ CORS preflight requests.',
      },
    ],
    correct: [0, 3],
    why: [
      null,
      {
        ko: '이제 REST API와 HTTP API 모두 JWT 권한 부여자가 있으므로 REST를 강제하지 않습니다.',
        en: 'REST and HTTP APIs both have JWT authorizers now, so this does not force REST.',
      },
      {
        ko: '두 유형 모두 Lambda 프록시 통합을 지원합니다.',
        en: 'Both types support Lambda proxy integrations.',
      },
      null,
      {
        ko: '두 유형 모두 CORS를 지원하며, HTTP API는 corsConfiguration으로 프리플라이트에 자동 응답합니다.',
        en: 'Both support CORS; HTTP APIs even answer preflight automatically from corsConfiguration.',
      },
    ],
    explanation: {
      ko: 'API 키·사용량 계획과 AWS WAF는 REST API 전용입니다. JWT 검증은 예전에는 HTTP API만의 기능이었지만, 지금은 REST API도 JWT 권한 부여자를 지원합니다.',
      en: 'API keys with usage plans, and AWS WAF, are REST-only. Built-in JWT validation used to be HTTP-only, but REST APIs now have JWT authorizers too.',
    },
    factIds: [
      'feat.api-keys',
      'feat.usage-plans',
      'feat.waf',
      'topic.rest-jwt-authorizer',
      'feat.cors',
      'feat.lambda',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.reasons-for-http-api',
    topic: 'api-type',
    stem: {
      ko: '새 요청-응답형 API를 설계합니다. REST API 대신 HTTP API를 고를 근거가 되는 HTTP API의 특징 두 가지를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A new request/response API is being designed. Which two HTTP API characteristics are reasons to choose it over a REST API? (Choose two)',
    },
    options: [
      {
        ko: 'VPC에서만 접근 가능한 프라이빗 엔드포인트',
        en: 'Private endpoints reachable only from a VPC',
      },
      {
        ko: '요청당 더 낮은 가격',
        en: 'A lower price per request',
      },
      {
        ko: '스테이지 단위 API 캐시',
        en: 'A stage-level API cache',
      },
      {
        ko: '카나리 릴리스 배포',
        en: 'Canary release deployments',
      },
      {
        ko: '변경 사항을 스테이지에 바로 반영하는 자동 배포(automatic deployments)',
        en: 'Automatic deployments that release changes to a stage',
      },
    ],
    correct: [1, 4],
    why: [
      {
        ko: '프라이빗 엔드포인트는 REST API 전용입니다.',
        en: 'Private endpoints are REST-only.',
      },
      null,
      {
        ko: 'API 캐싱은 REST API 전용입니다.',
        en: 'API caching is REST-only.',
      },
      {
        ko: '카나리 릴리스는 REST API 전용입니다.',
        en: 'Canary releases are REST-only.',
      },
      null,
    ],
    explanation: {
      ko: 'HTTP API는 최소 기능으로 설계되어 더 저렴하고, 내장 CORS와 자동 배포를 제공합니다. 자동 배포는 REST API에 없습니다.',
      en: 'HTTP APIs are built with minimal features so they cost less, and they come with built-in CORS and automatic deployments, which REST APIs lack.',
    },
    factIds: [
      'feat.cost',
      'feat.automatic-deployments',
      'feat.private-endpoint',
      'feat.caching',
      'feat.canary',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.websocket-true-statements',
    topic: 'api-type',
    stem: {
      ko: 'IoT 대시보드를 WebSocket API로 만듭니다. WebSocket API에 대한 설명으로 옳은 것 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'An IoT dashboard is built on a WebSocket API. Which two statements about WebSocket APIs are true? (Choose two)',
    },
    options: [
      {
        ko: '백엔드는 @connections API로 연결된 클라이언트에 언제든 메시지를 보낼 수 있다.',
        en: 'The backend can send a connected client a message at any time through the @connections API.',
      },
      {
        ko: '메시지 라우트마다 별도의 Lambda 권한 부여자를 붙일 수 있다.',
        en: 'Each message route can have its own Lambda authorizer.',
      },
      {
        ko: '$disconnect 라우트는 최선형(best-effort)이라 호출되지 않을 수도 있다.',
        en: 'The $disconnect route is best-effort and may not run at all.',
      },
      {
        ko: '메시지 하나는 최대 10 MB까지 보낼 수 있다.',
        en: 'One message can be up to 10 MB.',
      },
      {
        ko: '전 세계 클라이언트를 위해 엣지 최적화 엔드포인트를 고를 수 있다.',
        en: 'An edge-optimized endpoint can be chosen for global clients.',
      },
    ],
    correct: [0, 2],
    why: [
      null,
      {
        ko: 'WebSocket API의 권한 부여는 $connect 라우트에만 설정할 수 있습니다.',
        en: 'WebSocket API authorization can be set only on the $connect route.',
      },
      null,
      {
        ko: 'WebSocket 메시지는 최대 128 KB입니다(10 MB는 REST·HTTP API).',
        en: 'WebSocket messages max out at 128 KB (10 MB is for REST and HTTP APIs).',
      },
      {
        ko: 'WebSocket API는 리전 엔드포인트만 제공합니다.',
        en: 'WebSocket APIs are Regional only.',
      },
    ],
    explanation: {
      ko: 'WebSocket API는 백엔드가 먼저 보낼 수 있는 양방향 연결입니다. 권한 부여는 $connect에서 한 번 하고, $disconnect는 보장되지 않으므로 연결 정리를 그것에만 의존하면 안 됩니다.',
      en: 'A WebSocket API is a two-way connection where the backend can send first. Authorization happens once on $connect, and $disconnect is not guaranteed, so cleanup must not rely on it alone.',
    },
    factIds: [
      'ws.connections-post',
      'ws.disconnect-best-effort',
      'ws.auth-connect-only',
      'feat.max-payload',
      'feat.edge-endpoint',
    ],
    apiTypes: ['websocket'],
    source: SOURCES.wsConnectDisconnect,
  },
  {
    id: 'scn.rest-to-http-lost-features',
    topic: 'api-type',
    stem: {
      ko: '비용을 줄이려고 기존 REST API를 HTTP API로 옮기려 합니다. 이 REST API는 IAM 권한 부여, Lambda 프록시 통합, 사용자 지정 도메인, X-Ray 추적, 요청 검증을 씁니다. 옮기면 잃게 되는 기능 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'To cut cost, an existing REST API is to move to an HTTP API. It uses IAM authorization, Lambda proxy integrations, a custom domain name, X-Ray tracing and request validation. Which two features would be lost? (Choose two)',
    },
    options: [
      { ko: 'IAM 권한 부여', en: 'IAM authorization' },
      { ko: 'AWS X-Ray 추적', en: 'AWS X-Ray tracing' },
      { ko: 'Lambda 프록시 통합', en: 'Lambda proxy integrations' },
      { ko: '요청 검증(request validation)', en: 'Request validation' },
      { ko: '사용자 지정 도메인 이름', en: 'The custom domain name' },
    ],
    correct: [1, 3],
    why: [
      {
        ko: 'HTTP API도 IAM 권한 부여를 지원합니다.',
        en: 'HTTP APIs support IAM authorization too.',
      },
      null,
      {
        ko: 'HTTP API도 Lambda 프록시 통합을 지원합니다(페이로드 1.0/2.0).',
        en: 'HTTP APIs support Lambda proxy integrations too (payload 1.0/2.0).',
      },
      null,
      {
        ko: 'HTTP API도 사용자 지정 도메인을 지원합니다.',
        en: 'HTTP APIs support custom domains too.',
      },
    ],
    explanation: {
      ko: 'X-Ray 추적과 요청 검증은 REST API에는 있고 HTTP API에는 없습니다. IAM, Lambda 통합, 사용자 지정 도메인은 두 유형 모두 지원합니다.',
      en: 'X-Ray tracing and request validation are REST API features that HTTP APIs lack; IAM, Lambda integrations and custom domains are supported by both.',
    },
    factIds: [
      'feat.xray',
      'feat.request-validation',
      'feat.iam',
      'feat.lambda',
      'feat.custom-domains',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.http-api-supported-auth',
    topic: 'api-type',
    stem: {
      ko: '사내 서비스용 API를 HTTP API로 만들 수 있는지 검토합니다. HTTP API가 지원하는 기능 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A team checks whether an internal service API can be an HTTP API. Which two features does an HTTP API support? (Choose two)',
    },
    options: [
      { ko: 'API 키와 사용량 계획', en: 'API keys and usage plans' },
      { ko: '리소스 정책(resource policies)', en: 'Resource policies' },
      { ko: 'IAM 권한 부여', en: 'IAM authorization' },
      { ko: '모의(MOCK) 통합', en: 'Mock integrations' },
      { ko: 'Lambda 권한 부여자', en: 'Lambda authorizers' },
    ],
    correct: [2, 4],
    why: [
      {
        ko: 'API 키와 사용량 계획은 REST API 기능입니다.',
        en: 'API keys and usage plans are REST API features.',
      },
      {
        ko: '리소스 정책은 REST API 전용입니다.',
        en: 'Resource policies are REST-only.',
      },
      null,
      {
        ko: '모의 통합은 REST API와 WebSocket API에만 있습니다.',
        en: 'Mock integrations exist only on REST and WebSocket APIs.',
      },
      null,
    ],
    explanation: {
      ko: 'HTTP API의 권한 부여 수단은 IAM, Lambda 권한 부여자, JWT 권한 부여자입니다. "HTTP API = JWT만"이라고 기억하면 틀립니다.',
      en: 'HTTP APIs authorize with IAM, Lambda authorizers and JWT authorizers; remembering "HTTP API = JWT only" is wrong.',
    },
    factIds: [
      'feat.iam',
      'feat.lambda-authorizer',
      'feat.api-keys',
      'feat.resource-policies',
      'feat.mock',
    ],
    apiTypes: ['http'],
    source: SOURCES.comparison,
  },
  {
    id: 'scn.websocket-not-http-features',
    topic: 'api-type',
    stem: {
      ko: 'WebSocket API는 지원하지만 HTTP API는 지원하지 않는 기능 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'Which two features does a WebSocket API support that an HTTP API does not? (Choose two)',
    },
    options: [
      {
        ko: '모델을 기준으로 한 요청 검증',
        en: 'Request validation against a model',
      },
      { ko: 'API 캐싱', en: 'API caching' },
      { ko: 'JWT 권한 부여자', en: 'JWT authorizers' },
      { ko: '엣지 최적화 엔드포인트', en: 'Edge-optimized endpoints' },
      {
        ko: 'VTL 매핑 템플릿으로 하는 본문 변환',
        en: 'Body transformation with VTL mapping templates',
      },
    ],
    correct: [0, 4],
    why: [
      null,
      {
        ko: '캐싱은 REST API 전용이라 둘 다 없습니다.',
        en: 'Caching is REST-only, so neither has it.',
      },
      {
        ko: '반대입니다. HTTP API에는 있고 WebSocket API에는 없습니다.',
        en: 'The reverse: HTTP APIs have it and WebSocket APIs do not.',
      },
      {
        ko: '엣지 최적화는 REST API 전용이라 둘 다 없습니다.',
        en: 'Edge-optimized is REST-only, so neither has it.',
      },
      null,
    ],
    explanation: {
      ko: 'WebSocket API는 요청 검증과 VTL 매핑 템플릿을 지원해, 이 점에서는 HTTP API보다 REST API에 가깝습니다.',
      en: 'WebSocket APIs support request validation and VTL mapping templates, which makes them closer to REST APIs than to HTTP APIs here.',
    },
    factIds: [
      'feat.request-validation',
      'feat.body-transformation',
      'trait.validation-and-vtl',
      'feat.caching',
      'feat.edge-endpoint',
    ],
    apiTypes: ['http', 'websocket'],
    source: SOURCES.comparison,
  },

  // ================================================================ private
  {
    id: 'scn.private-api-no-resource-policy',
    topic: 'private',
    stem: {
      ko: '팀이 엔드포인트 유형이 PRIVATE인 REST API와 VPC 안의 execute-api 인터페이스 VPC 엔드포인트를 만들고 API를 배포했습니다. 그런데 VPC 안의 EC2 인스턴스에서 호출하면 모든 요청이 실패합니다. 무엇을 해야 하나요?',
      en: 'A team created a REST API with the PRIVATE endpoint type and an execute-api interface VPC endpoint in the VPC, then deployed the API. Every call from an EC2 instance in the VPC fails. What must they do?',
    },
    options: [
      {
        ko: 'API를 HTTP API로 바꾸고 엔드포인트 유형을 프라이빗으로 설정한다.',
        en: 'Switch to an HTTP API and set its endpoint type to private.',
      },
      {
        ko: 'NLB로 가는 VPC 링크를 만들어 프라이빗 통합을 설정한다.',
        en: 'Create a VPC link to an NLB and set up a private integration.',
      },
      {
        ko: '메서드에 API 키를 요구하고 EC2 인스턴스에 키를 배포한다.',
        en: 'Require an API key on the methods and give the key to the EC2 instance.',
      },
      {
        ko: 'aws:SourceVpce(또는 aws:SourceVpc) 조건으로 execute-api:Invoke를 허용하는 리소스 정책을 붙이고 API를 다시 배포한다.',
        en: 'Attach a resource policy that allows execute-api:Invoke with an aws:SourceVpce (or aws:SourceVpc) condition, then redeploy the API.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: 'HTTP API에는 프라이빗 엔드포인트가 없습니다.',
        en: 'HTTP APIs have no private endpoint.',
      },
      {
        ko: '프라이빗 통합은 API에서 백엔드로 가는 경로이며, 누가 API를 호출할 수 있는지와는 무관합니다.',
        en: 'A private integration is the path from the API to its backend; it has nothing to do with who may call the API.',
      },
      {
        ko: 'API 키는 네트워크 접근 권한을 주지 않으며, 리소스 정책 없이는 프라이빗 API 호출이 모두 실패합니다.',
        en: 'API keys grant no network access; without a resource policy every call to a private API fails.',
      },
      null,
    ],
    explanation: {
      ko: 'AWS 문서에 따르면 프라이빗 API는 VPC나 VPC 엔드포인트를 허용하는 리소스 정책을 붙이기 전까지 모든 호출이 실패합니다. 정책을 붙인 뒤에는 다시 배포해야 적용됩니다.',
      en: 'AWS says every call to a private API fails until a resource policy grants access to the VPC or VPC endpoint; after attaching it, redeploy for it to apply.',
    },
    factIds: [
      'topic.private-api-resource-policy',
      'feat.resource-policies',
      'feat.private-endpoint',
    ],
    apiTypes: ['rest'],
    source: SOURCES.privateApis,
  },
  {
    id: 'scn.public-api-internal-alb',
    topic: 'private',
    stem: {
      ko: '인터넷에 공개된 HTTP API가 프라이빗 서브넷의 내부 ALB 뒤에 있는 ECS 서비스를 호출해야 합니다. ALB는 인터넷에 노출하면 안 됩니다. 어떻게 구성하나요?',
      en: 'A public HTTP API must call an ECS service behind an internal ALB in private subnets. The ALB must not be exposed to the internet. How should it be set up?',
    },
    options: [
      {
        ko: 'VPC 링크를 만들고 ALB 리스너로 가는 프라이빗 통합을 설정한다.',
        en: 'Create a VPC link and a private integration to the ALB listener.',
      },
      {
        ko: 'HTTP API의 엔드포인트 유형을 프라이빗으로 바꾼다.',
        en: 'Change the HTTP API endpoint type to private.',
      },
      {
        ko: 'VPC에 execute-api 인터페이스 VPC 엔드포인트를 만든다.',
        en: 'Create an execute-api interface VPC endpoint in the VPC.',
      },
      {
        ko: 'ALB를 인터넷 연결(internet-facing)로 바꾸고 보안 그룹으로 IP를 제한한다.',
        en: 'Make the ALB internet-facing and restrict IPs with security groups.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'HTTP API에는 프라이빗 엔드포인트가 없으며, 있어도 인터넷 클라이언트가 호출하지 못하게 됩니다.',
        en: 'HTTP APIs have no private endpoint, and a private API would shut out the internet clients anyway.',
      },
      {
        ko: '인터페이스 VPC 엔드포인트는 VPC 안에서 프라이빗 API를 호출하기 위한 것(들어오는 방향)입니다.',
        en: 'An interface VPC endpoint lets callers inside a VPC reach private APIs (the inbound direction).',
      },
      {
        ko: 'ALB를 인터넷에 노출하므로 요구 사항에 어긋납니다.',
        en: 'It exposes the ALB to the internet, which the requirement forbids.',
      },
    ],
    explanation: {
      ko: '프라이빗 통합은 "API가 요청을 어디로 보내는가"의 문제입니다. VPC 링크로 VPC 안의 ALB·NLB·Cloud Map 서비스에 연결하며, API 엔드포인트 자체는 공개 상태로 남습니다.',
      en: 'A private integration is about where the API sends requests: a VPC link reaches an ALB, NLB or Cloud Map service inside the VPC while the API endpoint itself stays public.',
    },
    factIds: [
      'topic.private-api-vs-private-integration',
      'feat.private-alb',
      'topic.vpc-link-targets',
    ],
    apiTypes: ['http'],
    source: SOURCES.httpPrivateIntegrations,
  },
  {
    id: 'scn.private-rest-to-alb',
    topic: 'private',
    stem: {
      ko: '사내 전용 REST API는 VPC 안에서만 호출되어야 하고, 내부 ALB 뒤의 서비스로 요청을 보냅니다. 현재 AWS 문서 기준으로 필요한 구성 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'An internal REST API must be callable only from inside a VPC and sends requests to services behind an internal ALB. By current AWS docs, which two pieces are needed? (Choose two)',
    },
    options: [
      {
        ko: 'REST API가 ALB에 닿도록 ALB 앞에 NLB를 두고 VPC 링크 V1을 만든다.',
        en: 'Put an NLB in front of the ALB and create a VPC link V1 so the REST API can reach the ALB.',
      },
      {
        ko: '엔드포인트 유형을 PRIVATE으로 두고, execute-api 인터페이스 VPC 엔드포인트와 이를 허용하는 리소스 정책을 만든다.',
        en: 'Use the PRIVATE endpoint type, with an execute-api interface VPC endpoint and a resource policy that allows it.',
      },
      {
        ko: 'VPC 링크 V2로 ALB에 연결하는 프라이빗 통합을 만든다.',
        en: 'Create a private integration to the ALB through a VPC link V2.',
      },
      {
        ko: 'HTTP API를 만들고 엔드포인트 유형을 프라이빗으로 설정한다.',
        en: 'Create an HTTP API with the private endpoint type.',
      },
      {
        ko: 'ALB 대상들을 AWS Cloud Map에 등록하고 REST API에서 Cloud Map 프라이빗 통합을 만든다.',
        en: 'Register the ALB targets in AWS Cloud Map and create a Cloud Map private integration on the REST API.',
      },
    ],
    correct: [1, 2],
    why: [
      {
        ko: '2025년 11월 이전 방식입니다. 이제 VPC 링크 V2로 NLB 없이 ALB에 연결하며, V1은 레거시입니다.',
        en: 'That was the way before November 2025; a VPC link V2 now reaches the ALB without an NLB, and V1 is legacy.',
      },
      null,
      null,
      {
        ko: 'HTTP API에는 프라이빗 엔드포인트가 없습니다.',
        en: 'HTTP APIs have no private endpoint.',
      },
      {
        ko: 'REST API는 Cloud Map 프라이빗 통합을 지원하지 않습니다.',
        en: 'REST APIs do not support Cloud Map private integrations.',
      },
    ],
    explanation: {
      ko: '"누가 호출하는가"는 프라이빗 엔드포인트(인터페이스 VPC 엔드포인트 + 리소스 정책)가, "어디로 보내는가"는 프라이빗 통합(VPC 링크)이 맡습니다. REST API는 이제 VPC 링크 V2로 ALB에 직접 연결합니다.',
      en: 'Who may call is handled by the private endpoint (interface VPC endpoint plus resource policy); where requests go is handled by the private integration (VPC link). REST APIs now reach ALBs directly through VPC link V2.',
    },
    factIds: [
      'topic.vpc-link-targets',
      'feat.private-alb',
      'feat.private-endpoint',
      'topic.private-api-endpoint',
      'feat.private-cloud-map',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.privateIntegration,
  },
  {
    id: 'scn.private-api-friendly-name',
    topic: 'private',
    stem: {
      ko: '프라이빗 REST API를 호출하는 사내 애플리케이션들이 긴 execute-api 주소 대신 api.internal.example.com 같은 이름을 쓰길 원합니다. API는 계속 VPC에서만 접근할 수 있어야 합니다. 현재 AWS 문서 기준으로 맞는 방법은?',
      en: 'Internal applications that call a private REST API want a name such as api.internal.example.com instead of the long execute-api address, and the API must stay reachable only from VPCs. By current AWS docs, what is the right approach?',
    },
    options: [
      {
        ko: '프라이빗 API는 사용자 지정 도메인을 지원하지 않으므로 execute-api 주소를 계속 쓴다.',
        en: 'Keep the execute-api address, because private APIs do not support custom domain names.',
      },
      {
        ko: 'API를 리전(Regional) 엔드포인트로 바꾸고 사용자 지정 도메인을 붙인다.',
        en: 'Change the API to a Regional endpoint and add a custom domain name.',
      },
      {
        ko: '프라이빗 사용자 지정 도메인 이름을 만들고, 호출하는 VPC 엔드포인트와 도메인 이름 액세스 연결(domain name access association)을 맺는다.',
        en: 'Create a private custom domain name and a domain name access association with the callers’ VPC endpoint.',
      },
      {
        ko: 'us-east-1의 인증서로 엣지 최적화 사용자 지정 도메인을 만든다.',
        en: 'Create an edge-optimized custom domain name with a certificate in us-east-1.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '2024년 11월 이전 자료의 내용입니다. 현재는 프라이빗 API용 사용자 지정 도메인을 지원합니다.',
        en: 'That is what material from before November 2024 says; private custom domain names are supported now.',
      },
      {
        ko: '리전 엔드포인트는 인터넷에 공개되므로 "VPC에서만" 요구 사항을 깨뜨립니다.',
        en: 'A Regional endpoint is public, which breaks the VPC-only requirement.',
      },
      null,
      {
        ko: '엣지 최적화 도메인은 공개 CloudFront 배포를 거치는 퍼블릭 도메인입니다.',
        en: 'An edge-optimized domain is a public domain served through CloudFront.',
      },
    ],
    explanation: {
      ko: '프라이빗 사용자 지정 도메인의 정책이 어떤 VPC 엔드포인트가 호출할 수 있는지 정하고, 다른 계정과는 API Gateway나 AWS RAM으로 공유할 수 있습니다.',
      en: 'The private custom domain name’s policy decides which VPC endpoints may invoke it, and it can be shared with other accounts through API Gateway or AWS RAM.',
    },
    factIds: ['topic.private-custom-domains', 'feat.custom-domains', 'feat.private-endpoint'],
    apiTypes: ['rest'],
    source: SOURCES.privateCustomDomains,
  },
  {
    id: 'scn.private-api-other-account',
    topic: 'private',
    stem: {
      ko: '계정 A의 프라이빗 REST API를 계정 B의 VPC에 있는 애플리케이션이 호출해야 합니다. 계정 B의 VPC에는 execute-api 인터페이스 VPC 엔드포인트가 있습니다. 계정 A에서 무엇을 해야 하나요?',
      en: 'An application in a VPC of account B must call a private REST API in account A. Account B’s VPC already has an execute-api interface VPC endpoint. What must be done in account A?',
    },
    options: [
      {
        ko: '두 계정의 VPC를 피어링하고 API를 리전 엔드포인트로 바꾼다.',
        en: 'Peer the two accounts’ VPCs and change the API to a Regional endpoint.',
      },
      {
        ko: '리소스 정책에 계정 B의 VPC 엔드포인트 ID를 aws:SourceVpce 조건으로 허용하고 API를 다시 배포한다.',
        en: 'Allow account B’s VPC endpoint ID in the resource policy with an aws:SourceVpce condition, then redeploy the API.',
      },
      {
        ko: '계정 B에 VPC 링크를 만들어 계정 A의 API와 연결한다.',
        en: 'Create a VPC link in account B that connects to account A’s API.',
      },
      {
        ko: '계정 B에 API 키를 공유한다.',
        en: 'Share an API key with account B.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '리전 엔드포인트로 바꾸면 API가 인터넷에 공개되며, 피어링은 필요 없습니다.',
        en: 'A Regional endpoint makes the API public, and peering is not needed.',
      },
      null,
      {
        ko: 'VPC 링크는 API에서 백엔드로 가는 프라이빗 통합용이며 API와 같은 계정에 있어야 합니다.',
        en: 'A VPC link is for private integrations from an API to its backend, and it must be in the API’s account.',
      },
      {
        ko: 'API 키는 접근 제어 수단이 아니며, 리소스 정책의 허용이 없으면 호출은 실패합니다.',
        en: 'API keys are not access control; without the resource policy allowing it, the call fails.',
      },
    ],
    explanation: {
      ko: '프라이빗 API의 리소스 정책은 다른 AWS 계정의 VPC와 VPC 엔드포인트도 허용할 수 있습니다. 인터페이스 VPC 엔드포인트는 호출하는 쪽 VPC에 있습니다.',
      en: 'A private API’s resource policy can allow VPCs and VPC endpoints in other AWS accounts; the interface VPC endpoint lives in the caller’s VPC.',
    },
    factIds: [
      'topic.private-api-resource-policy',
      'topic.private-api-endpoint',
      'feat.resource-policies',
    ],
    apiTypes: ['rest'],
    source: SOURCES.privateApis,
  },

  // ================================================================ stages
  {
    id: 'scn.change-not-live-redeploy',
    topic: 'stages',
    stem: {
      ko: 'REST API 메서드의 Lambda 통합을 새 함수로 바꾸고 콘솔에서 저장했습니다. 하지만 prod 스테이지를 호출하면 여전히 예전 함수가 실행됩니다. 원인은?',
      en: 'A REST API method’s Lambda integration was changed to a new function and saved in the console, but calls to the prod stage still run the old function. Why?',
    },
    options: [
      {
        ko: '스테이지 캐시가 예전 응답을 돌려주고 있다.',
        en: 'The stage cache is returning old responses.',
      },
      {
        ko: 'execute-api DNS 전파에 최대 48시간이 걸린다.',
        en: 'execute-api DNS propagation takes up to 48 hours.',
      },
      {
        ko: '배포(deployment)는 API 구성의 스냅샷이므로, 새 배포를 만들어 prod 스테이지에 반영해야 한다.',
        en: 'A deployment is a snapshot of the API configuration, so a new deployment must be made to the prod stage.',
      },
      {
        ko: 'REST API 스테이지의 자동 배포 설정이 꺼져 있다.',
        en: 'Automatic deployments are turned off on the REST API stage.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '캐시는 켜져 있지 않았고, 캐시가 있어도 어떤 통합이 호출되는지를 바꾸지는 않습니다.',
        en: 'No cache was turned on, and a cache would not change which integration runs.',
      },
      {
        ko: '통합 변경은 DNS와 관계가 없습니다.',
        en: 'An integration change has nothing to do with DNS.',
      },
      null,
      {
        ko: 'REST API에는 자동 배포 기능이 없습니다.',
        en: 'REST APIs have no automatic deployments.',
      },
    ],
    explanation: {
      ko: 'REST API의 변경은 새 배포를 스테이지에 연결해야 클라이언트에게 보입니다. 자동 배포는 HTTP API(및 V2 스테이지)의 기능입니다.',
      en: 'REST API changes reach clients only when a new deployment is made to the stage; automatic deployments are an HTTP API (V2 stage) feature.',
    },
    factIds: ['topic.deployment-snapshot', 'feat.user-deployments', 'feat.automatic-deployments'],
    apiTypes: ['rest'],
    source: SOURCES.restDeploy,
  },
  {
    id: 'scn.stage-variable-alias-per-stage',
    topic: 'stages',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'REST API 하나에 dev와 prod 스테이지가 있습니다. dev는 Lambda 별칭 DEV를, prod는 별칭 PROD를 호출해야 합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)로 구성하는 방법은?',
      en: 'One REST API has dev and prod stages. Dev must call Lambda alias DEV and prod must call alias PROD. Which setup has the LEAST operational overhead?',
    },
    options: [
      {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
        ko: '통합의 함수 ARN을 function:orders:${stageVariables.alias}로 두고 스테이지마다 alias 값을 설정한 뒤, 각 별칭에 API Gateway 호출 권한을 추가한다.',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
        en: 'Set the integration’s function ARN to function:orders:${stageVariables.alias}, set alias on each stage, and add an API Gateway invoke permission to each alias.',
      },
      {
        ko: 'dev용과 prod용 API를 따로 만들고 각각 다른 별칭에 연결한다.',
        en: 'Create separate dev and prod APIs, each pointing at a different alias.',
      },
      {
        ko: 'prod 스테이지에 카나리를 설정해 PROD 별칭으로 트래픽을 보낸다.',
        en: 'Set up a canary on the prod stage that sends traffic to the PROD alias.',
      },
      {
        ko: '매핑 템플릿에서 스테이지 이름을 보고 호출할 함수를 고른다.',
        en: 'Pick the function to call in a mapping template based on the stage name.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: '같은 API 정의를 두 벌 유지해야 합니다.',
        en: 'You would maintain two copies of the same API definition.',
      },
      {
        ko: '카나리는 한 스테이지의 트래픽을 비율로 나누는 기능이며 스테이지별 환경 구분용이 아닙니다.',
        en: 'A canary splits one stage’s traffic by percentage; it does not separate environments per stage.',
      },
      {
        ko: '매핑 템플릿은 페이로드를 바꿀 뿐 통합이 호출할 함수를 정하지 않습니다.',
        en: 'A mapping template reshapes payloads; it does not decide which function the integration calls.',
      },
    ],
    explanation: {
      ko: '스테이지 변수는 스테이지마다 다른 값을 갖는 환경 변수처럼 쓰여, 한 API 정의로 스테이지별 백엔드를 부를 수 있습니다. 스테이지 변수로 함수를 지정하면 각 별칭에 권한을 직접 추가해야 합니다.',
      en: 'Stage variables act like per-stage environment variables, so one API definition calls a different backend per stage. When a stage variable names the function, add the invoke permission to each alias yourself.',
    },
    factIds: ['topic.stage-variable-lambda-alias', 'topic.stage-variables'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.stageVariablesReference,
  },
  {
    id: 'scn.stage-variable-missing-permission',
    topic: 'stages',
    stem: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      ko: 'Lambda 통합의 함수를 ${stageVariables.fn}으로 바꾸고 배포한 뒤, prod 스테이지 호출이 500 Internal Server Error로 실패합니다. 대상 함수의 CloudWatch 로그에는 호출 기록이 없습니다. 가장 가능성 높은 원인은?',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      en: 'After the Lambda integration was changed to ${stageVariables.fn} and deployed, calls to the prod stage fail with 500 Internal Server Error. The target function’s CloudWatch logs show no invocations. What is the most likely cause?',
    },
    options: [
      {
        ko: '함수의 제한 시간(timeout)이 너무 짧다.',
        en: 'The function timeout is too short.',
      },
      {
        ko: 'CORS 헤더가 빠졌다.',
        en: 'CORS headers are missing.',
      },
      {
        ko: 'API Gateway의 통합 제한 시간을 넘었다.',
        en: 'The API Gateway integration timeout was exceeded.',
      },
      {
        ko: '함수(또는 별칭)의 리소스 기반 정책에 apigateway.amazonaws.com의 lambda:InvokeFunction 권한이 없다.',
        en: 'The function’s (or alias’s) resource-based policy lacks lambda:InvokeFunction for apigateway.amazonaws.com.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '함수가 실행되었다면 로그에 호출 기록이 남았을 것입니다.',
        en: 'Had the function run, its logs would show the invocation.',
      },
      {
        ko: 'CORS 문제는 브라우저가 응답을 막는 것이지 500을 만들지 않습니다.',
        en: 'A CORS problem makes the browser block the response; it does not cause a 500.',
      },
      {
        ko: '통합 제한 시간 초과는 504입니다.',
        en: 'An integration timeout gives 504.',
      },
      null,
    ],
    explanation: {
      ko: '스테이지 변수로 함수를 지정하면 콘솔이 권한을 자동으로 추가하지 않습니다. aws lambda add-permission으로 변수에 들어갈 각 함수나 별칭에 권한을 줍니다.',
      en: 'When a stage variable names the function, the console does not add the permission. Run aws lambda add-permission for each function or alias the variable can hold.',
    },
    factIds: [
      'topic.stage-variable-permission-500',
      'topic.stage-variable-lambda-alias',
      'topic.error-502-vs-504',
    ],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.kcStageVariable500,
  },
  {
    id: 'scn.canary-true-statements',
    topic: 'stages',
    stem: {
      ko: 'REST API prod 스테이지에 카나리 릴리스(canary release)를 설정했습니다. 옳은 설명 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A canary release is set up on a REST API prod stage. Which two statements are true? (Choose two)',
    },
    options: [
      {
        ko: 'percentTraffic으로 카나리 비율을 정하며, 같은 스테이지 URL의 요청이 무작위로 나뉜다.',
        en: 'percentTraffic sets the canary share, and requests to the same stage URL are split at random.',
      },
      {
        ko: '카나리에는 별도의 호출 URL이 생기고, 클라이언트가 그 URL을 골라 부른다.',
        en: 'The canary gets its own invoke URL, which clients choose to call.',
      },
      {
        ko: '실행 로그를 켜면 카나리 요청은 /Canary 접미사가 붙은 별도 로그 그룹에도 기록된다.',
        en: 'With execution logging on, canary requests are also logged to a separate log group with a /Canary suffix.',
      },
      {
        ko: 'HTTP API 스테이지에도 같은 카나리 설정이 있다.',
        en: 'HTTP API stages have the same canary settings.',
      },
      {
        ko: '카나리를 승격하려면 prod 스테이지를 삭제하고 다시 만들어야 한다.',
        en: 'Promoting the canary requires deleting and recreating the prod stage.',
      },
    ],
    correct: [0, 2],
    why: [
      null,
      {
        ko: '카나리는 같은 스테이지 URL에서 트래픽을 나눕니다.',
        en: 'A canary splits traffic on the same stage URL.',
      },
      null,
      {
        ko: '카나리 릴리스는 REST API 기능이며 HTTP API에는 없습니다.',
        en: 'Canary releases are a REST API feature; HTTP APIs lack them.',
      },
      {
        ko: '승격(promote)은 카나리 배포를 프로덕션 릴리스로 만드는 작업이며 스테이지를 지우지 않습니다.',
        en: 'Promotion makes the canary deployment the production release; no stage is deleted.',
      },
    ],
    explanation: {
      ko: '카나리 요청은 자체 로그와 지표를 가지므로 새 버전을 작은 비율로 검증한 뒤 승격할 수 있습니다. 카나리 설정에는 비율, 배포 ID, 스테이지 변수 재정의, 스테이지 캐시 사용 여부가 있습니다.',
      en: 'Canary requests get their own logs and metrics, so a new version can be checked on a small share before promotion. Canary settings hold the percentage, deployment ID, stage variable overrides and whether to use the stage cache.',
    },
    factIds: ['topic.canary-release', 'feat.canary'],
    apiTypes: ['rest', 'http'],
    source: SOURCES.canary,
  },
  {
    id: 'scn.http-dev-stage-auto-release',
    topic: 'stages',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'HTTP API를 개발하는 팀이 라우트나 통합을 바꿀 때마다 dev 스테이지에 바로 반영되기를 원합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)로 구현하는 방법은?',
      en: 'A team building an HTTP API wants every route or integration change released to the dev stage right away. Which approach has the LEAST operational overhead?',
    },
    options: [
      {
        ko: 'API 변경 이벤트를 받아 CreateDeployment를 호출하는 EventBridge 규칙과 Lambda 함수를 만든다.',
        en: 'Create an EventBridge rule and a Lambda function that call CreateDeployment on each API change.',
      },
      {
        ko: 'dev 스테이지에서 자동 배포(autoDeploy)를 켠다.',
        en: 'Turn on automatic deployments (autoDeploy) for the dev stage.',
      },
      {
        ko: 'REST API로 옮겨 스테이지의 자동 배포를 쓴다.',
        en: 'Move to a REST API and use its stage automatic deployments.',
      },
      {
        ko: 'dev 스테이지에 autodeploy=true 스테이지 변수를 추가한다.',
        en: 'Add a stage variable autodeploy=true to the dev stage.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '동작은 하지만 기본 제공 기능을 직접 다시 만드는 것입니다.',
        en: 'It works, but it rebuilds a built-in feature by hand.',
      },
      null,
      {
        ko: 'REST API에는 자동 배포가 없습니다.',
        en: 'REST APIs have no automatic deployments.',
      },
      {
        ko: '스테이지 변수는 이름-값 쌍일 뿐 배포 동작을 바꾸지 않습니다.',
        en: 'Stage variables are just name-value pairs; they do not change how deployments work.',
      },
    ],
    explanation: {
      ko: 'HTTP API 스테이지의 자동 배포를 켜면 API를 바꿀 때마다 새 배포가 자동으로 만들어집니다. AWS는 HTTP API가 내장 CORS와 자동 배포를 제공한다고 소개합니다.',
      en: 'With automatic deployments on an HTTP API stage, every API change creates a new deployment; AWS describes HTTP APIs as coming with built-in CORS and automatic deployments.',
    },
    factIds: [
      'feat.automatic-deployments',
      'topic.v2-stage-autodeploy',
      'topic.deployment-snapshot',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.httpStages,
  },

  // ================================================================ caching
  {
    id: 'scn.cache-ignores-query-string',
    topic: 'caching',
    stem: {
      ko: '캐싱을 켠 REST API에서 GET /products?category=books와 GET /products?category=toys가 같은 결과를 돌려줍니다. 백엔드는 정상입니다. 어떻게 고쳐야 하나요?',
      en: 'On a REST API with caching on, GET /products?category=books and GET /products?category=toys return the same result. The backend is fine. How should this be fixed?',
    },
    options: [
      {
        ko: '캐시 TTL을 0으로 설정한다.',
        en: 'Set the cache TTL to 0.',
      },
      {
        ko: 'category 쿼리 문자열 파라미터를 캐시 키(cache key)에 포함한다.',
        en: 'Include the category query string parameter in the cache key.',
      },
      {
        ko: '모든 클라이언트가 Cache-Control: max-age=0 헤더를 보내게 한다.',
        en: 'Make every client send the Cache-Control: max-age=0 header.',
      },
      {
        ko: '캐시 용량(capacity)을 늘린다.',
        en: 'Increase the cache capacity.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: 'TTL 0은 캐싱을 끄는 것이므로 캐시의 이점을 모두 잃습니다.',
        en: 'A TTL of 0 turns caching off, losing all its benefit.',
      },
      null,
      {
        ko: '매 요청마다 캐시를 무효화해 캐시가 쓸모없어지고, 권한 설정에 따라 거부될 수도 있습니다.',
        en: 'It invalidates the entry on every request, making the cache useless, and may be refused depending on permissions.',
      },
      {
        ko: '용량은 캐시 키를 바꾸지 않습니다.',
        en: 'Capacity does not change the cache key.',
      },
    ],
    explanation: {
      ko: '캐시 키에 포함한 메서드·통합 파라미터(헤더, 경로, 쿼리 문자열)만 응답을 구분합니다. 키에 없는 파라미터만 다른 요청은 같은 캐시 항목을 공유합니다.',
      en: 'Only the method or integration parameters (headers, path, query strings) included in the cache key tell responses apart; requests that differ only in other parameters share one entry.',
    },
    factIds: ['topic.cache-keys', 'feat.caching'],
    apiTypes: ['rest'],
    source: SOURCES.caching,
  },
  {
    id: 'scn.cache-invalidation-abuse',
    topic: 'caching',
    qualifier: 'MOST secure',
    stem: {
      ko: '캐시를 켠 REST API에서, 아무 클라이언트나 Cache-Control: max-age=0 헤더로 캐시 항목을 무효화해 백엔드 부하를 높일 수 있다는 점이 보안 점검에서 지적되었습니다. 캐싱은 유지해야 합니다. 가장 안전한(MOST secure) 설정은?',
      en: 'A security review finds that any client of a cached REST API can invalidate entries with a Cache-Control: max-age=0 header and load the backend. Caching must stay. Which setting is MOST secure?',
    },
    options: [
      {
        ko: '스테이지의 캐싱을 끈다.',
        en: 'Turn off caching on the stage.',
      },
      {
        ko: '사용량 계획으로 클라이언트별 초당 요청 수를 낮춘다.',
        en: 'Lower each client’s request rate with a usage plan.',
      },
      {
        ko: '캐시 데이터 암호화를 켠다.',
        en: 'Turn on cache data encryption.',
      },
      {
        ko: '캐시 무효화에 권한 부여를 요구하고, 신뢰할 호출자에게만 execute-api:InvalidateCache를 허용하며, 권한 없는 요청은 403으로 거부(FAIL_WITH_403)한다.',
        en: 'Require authorization for invalidation, allow execute-api:InvalidateCache only to trusted callers, and refuse unauthorized requests with 403 (FAIL_WITH_403).',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '캐싱을 유지해야 한다는 요구 사항에 어긋납니다.',
        en: 'It breaks the requirement to keep caching.',
      },
      {
        ko: '요청 속도만 줄일 뿐 무효화 자체를 막지 못합니다.',
        en: 'It only slows requests; it does not stop invalidation.',
      },
      {
        ko: '저장된 데이터를 암호화할 뿐 누가 무효화할 수 있는지는 통제하지 않습니다.',
        en: 'It encrypts stored data but does not control who may invalidate.',
      },
      null,
    ],
    explanation: {
      ko: 'InvalidateCache 정책이나 권한 부여 요구가 없으면 어떤 클라이언트든 캐시를 무효화할 수 있습니다. 권한 없는 요청은 403으로 거부하거나, 헤더를 무시하고 처리하도록 설정할 수 있습니다.',
      en: 'Without an InvalidateCache policy or required authorization, any client can invalidate the cache; unauthorized requests can be refused with 403 or served while ignoring the header.',
    },
    factIds: ['topic.cache-invalidation', 'feat.caching'],
    apiTypes: ['rest'],
    source: SOURCES.caching,
  },
  {
    id: 'scn.cache-resize-at-peak',
    topic: 'caching',
    stem: {
      ko: '운영 중인 REST API의 캐시 용량을 0.5 GB에서 6.1 GB로 늘리려 합니다. 변경할 때 예상해야 할 일은?',
      en: 'The cache of a live REST API is to grow from 0.5 GB to 6.1 GB. What should be expected when the change is made?',
    },
    options: [
      {
        ko: '기존 캐시 인스턴스가 삭제되고 새로 만들어져 캐시 데이터가 모두 사라지며, 캐시가 다시 채워질 때까지 백엔드 호출이 늘어난다.',
        en: 'The existing cache instance is deleted and recreated, all cached data is lost, and backend calls rise until the cache refills.',
      },
      {
        ko: '캐시 데이터가 새 인스턴스로 복사되어 중단 없이 바뀐다.',
        en: 'Cached data is copied to the new instance with no interruption.',
      },
      {
        ko: '새로 추가하는 메서드에만 새 용량이 적용되고 기존 항목은 유지된다.',
        en: 'Only newly added methods use the new capacity; existing entries stay.',
      },
      {
        ko: '용량과 관계없이 캐시 성능은 같고 요금만 바뀐다.',
        en: 'Cache performance stays the same whatever the capacity; only the price changes.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'API Gateway는 용량을 바꿀 때 캐시를 지우고 다시 만듭니다.',
        en: 'API Gateway deletes and recreates the cache when capacity changes.',
      },
      {
        ko: '캐시는 스테이지 단위이며, 용량 변경은 캐시 인스턴스 전체를 다시 만듭니다.',
        en: 'The cache is per stage, and a capacity change recreates the whole cache instance.',
      },
      {
        ko: '용량은 CPU, 메모리, 네트워크 대역폭에도 영향을 주므로 성능이 달라집니다.',
        en: 'Capacity also sets CPU, memory and network bandwidth, so performance changes.',
      },
    ],
    explanation: {
      ko: '캐시 생성·삭제에는 몇 분이 걸리고 기존 데이터는 삭제됩니다. 트래픽이 적은 시간에 바꾸고, AWS 권고대로 부하 테스트로 적정 용량을 확인합니다.',
      en: 'Creating or deleting a cache takes minutes and existing data is deleted, so change it off-peak and confirm the size with a load test, as AWS recommends.',
    },
    factIds: ['topic.cache-capacity', 'cost.caching-billing'],
    apiTypes: ['rest'],
    source: SOURCES.caching,
  },
  {
    id: 'scn.cache-which-methods',
    topic: 'caching',
    stem: {
      ko: 'REST API 스테이지에서 캐싱을 켜려는 팀이, PUT·POST·DELETE 요청의 응답까지 캐시에서 나갈까 걱정합니다. 맞는 설명은?',
      en: 'A team about to turn on caching for a REST API stage worries that PUT, POST and DELETE responses will be served from the cache. Which statement is correct?',
    },
    options: [
      {
        ko: '모든 메서드가 캐시되므로 PUT·POST·DELETE는 메서드별로 꺼야 한다.',
        en: 'All methods are cached, so PUT, POST and DELETE must be turned off per method.',
      },
      {
        ko: 'POST는 클라이언트가 Cache-Control: no-cache를 보내지 않으면 캐시된다.',
        en: 'POST is cached unless the client sends Cache-Control: no-cache.',
      },
      {
        ko: '기본적으로 GET 메서드만 캐시되며, 다른 메서드는 메서드 설정 재정의(override)로 켤 때만 캐시된다.',
        en: 'Only GET methods are cached by default; other methods are cached only if turned on with a method settings override.',
      },
      {
        ko: '캐싱은 HTTP API에서만 메서드별로 설정할 수 있다.',
        en: 'Per-method caching can be set only on HTTP APIs.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '기본값은 GET만 캐시하는 것입니다.',
        en: 'The default caches GET only.',
      },
      {
        ko: 'POST는 기본적으로 캐시되지 않습니다.',
        en: 'POST is not cached by default.',
      },
      null,
      {
        ko: 'HTTP API에는 캐싱이 없습니다.',
        en: 'HTTP APIs have no caching.',
      },
    ],
    explanation: {
      ko: 'AWS는 API의 안전성과 가용성을 위해 스테이지 캐싱을 켤 때 GET만 기본으로 캐시합니다. 메서드별로 캐싱 여부, TTL, 암호화를 재정의할 수 있습니다.',
      en: 'For the safety and availability of the API, turning on stage caching caches only GET by default; per method you can override caching, the TTL and encryption.',
    },
    factIds: ['topic.cache-get-only-default', 'feat.caching'],
    apiTypes: ['rest'],
    source: SOURCES.caching,
  },
  {
    id: 'scn.cache-true-statements',
    topic: 'caching',
    stem: {
      ko: 'API Gateway 캐싱에 대한 설명으로 옳은 것 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'Which two statements about API Gateway caching are true? (Choose two)',
    },
    options: [
      {
        ko: 'HTTP API 스테이지에서도 TTL 최대 3600초로 캐싱을 켤 수 있다.',
        en: 'HTTP API stages can turn on caching with a TTL of up to 3600 seconds.',
      },
      {
        ko: 'REST API 캐시 TTL은 기본 300초, 최대 3600초이며, 0이면 캐싱이 꺼진다.',
        en: 'The REST API cache TTL defaults to 300 seconds with a maximum of 3600; 0 turns caching off.',
      },
      {
        ko: '응답 스트리밍(STREAM 모드)을 쓰는 통합의 응답도 캐시된다.',
        en: 'Responses of integrations in response streaming (STREAM) mode are cached too.',
      },
      {
        ko: '캐시는 선택한 크기에 따라 시간당 과금되며 프리 티어 대상이 아니다.',
        en: 'The cache is billed per hour by its chosen size and is not eligible for the Free Tier.',
      },
      {
        ko: 'CloudFront가 돌려주는 X-Cache 헤더로 API Gateway 캐시 적중 여부를 판단한다.',
        en: 'The X-Cache header that CloudFront returns shows whether the API Gateway cache was hit.',
      },
    ],
    correct: [1, 3],
    why: [
      {
        ko: 'API 캐싱은 REST API 전용입니다.',
        en: 'API caching is REST-only.',
      },
      null,
      {
        ko: '스트리밍 모드는 응답 전체를 버퍼링해야 하는 엔드포인트 캐싱을 지원하지 않습니다.',
        en: 'Stream mode does not support endpoint caching, which needs the whole response buffered.',
      },
      null,
      {
        ko: 'AWS는 X-Cache 헤더로 판단하지 말고 CacheHitCount·CacheMissCount 지표를 보라고 합니다.',
        en: 'AWS says not to use X-Cache for this; watch the CacheHitCount and CacheMissCount metrics.',
      },
    ],
    explanation: {
      ko: '캐싱은 REST API 스테이지 기능으로 TTL 300초(최대 3600초)가 기본이며, 호출 요금과 별도로 시간당 과금됩니다. 적중 여부는 CacheHitCount와 CacheMissCount로 확인합니다.',
      en: 'Caching is a REST API stage feature with a 300-second default TTL (max 3600), billed hourly apart from call charges; hits are checked with CacheHitCount and CacheMissCount.',
    },
    factIds: [
      'quota.cache-ttl',
      'cost.caching-billing',
      'quota.streaming-unavailable',
      'topic.cache-monitoring',
      'feat.caching',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.caching,
  },

  // ================================================================ throttling
  {
    id: 'scn.client-gets-429',
    topic: 'throttling',
    stem: {
      ko: '모바일 앱이 트래픽이 몰리는 시간에 API Gateway로부터 429 Too Many Requests를 받습니다. 백엔드에는 여유가 있습니다. 클라이언트가 해야 할 일로 가장 알맞은 것은?',
      en: 'At peak times a mobile app gets 429 Too Many Requests from API Gateway, while the backend has capacity to spare. What should the client do?',
    },
    options: [
      {
        ko: '인증 실패로 보고 토큰을 새로 받는다.',
        en: 'Treat it as an authentication failure and fetch a new token.',
      },
      {
        ko: '요청 속도를 낮춰(예: 지수 백오프) 실패한 요청을 다시 보낸다.',
        en: 'Resubmit the failed requests at a lower rate, for example with exponential backoff.',
      },
      {
        ko: 'WebSocket API로 바꿔 스로틀링을 피한다.',
        en: 'Switch to a WebSocket API to avoid throttling.',
      },
      {
        ko: '실패한 요청을 지연 없이 즉시 반복해서 보낸다.',
        en: 'Retry failed requests immediately, again and again.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '429는 스로틀링이나 할당량 초과이며, 인증 실패는 401·403입니다.',
        en: '429 means throttling or an exceeded quota; authentication failures are 401 or 403.',
      },
      null,
      {
        ko: '계정 단위 스로틀 할당량은 WebSocket API를 포함한 모든 API 유형이 함께 씁니다.',
        en: 'The account-level throttle quota is shared by all API types, WebSocket included.',
      },
      {
        ko: '즉시 재시도는 요청을 더 몰리게 해 스로틀링을 악화시킵니다.',
        en: 'Immediate retries pile on more requests and make throttling worse.',
      },
    ],
    explanation: {
      ko: 'API Gateway는 토큰 버킷 알고리즘으로 정상 상태 속도와 버스트를 넘는 요청에 429를 돌려줍니다. AWS는 이 경우 클라이언트가 속도를 제한하며 다시 보내라고 안내합니다.',
      en: 'API Gateway throttles with a token bucket and answers 429 above the steady-state rate and burst; AWS advises clients to resubmit in a rate-limited way.',
    },
    factIds: ['topic.throttle-429-token-bucket', 'quota.account-throttle'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.throttling,
  },
  {
    id: 'scn.http-one-route-limit',
    topic: 'throttling',
    stem: {
      ko: 'HTTP API의 POST /reports 라우트는 비싼 백엔드 작업을 부르므로, 모든 클라이언트를 합쳐 초당 50건으로 제한하려 합니다. 다른 라우트는 기본 한도를 유지합니다. 어떻게 하나요?',
      en: 'The POST /reports route of an HTTP API calls an expensive backend job, so it must be limited to 50 requests per second across all clients; other routes keep the defaults. How?',
    },
    options: [
      {
        ko: 'API 키를 발급하고 사용량 계획으로 제한한다.',
        en: 'Issue API keys and limit them with a usage plan.',
      },
      {
        ko: 'AWS WAF 속도 기반 규칙을 HTTP API에 연결한다.',
        en: 'Attach an AWS WAF rate-based rule to the HTTP API.',
      },
      {
        ko: '계정 단위 스로틀 할당량을 초당 50건으로 낮춰 달라고 요청한다.',
        en: 'Ask for the account-level throttle quota to be lowered to 50 requests per second.',
      },
      {
        ko: '스테이지의 라우트 설정에서 POST /reports에 ThrottlingRateLimit과 ThrottlingBurstLimit을 지정한다.',
        en: 'Set ThrottlingRateLimit and ThrottlingBurstLimit for POST /reports in the stage’s route settings.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: 'HTTP API에는 API 키와 사용량 계획이 없습니다.',
        en: 'HTTP APIs have no API keys or usage plans.',
      },
      {
        ko: 'HTTP API는 AWS WAF와 연동되지 않습니다.',
        en: 'HTTP APIs do not integrate with AWS WAF.',
      },
      {
        ko: '계정 한도는 그 리전의 모든 API에 적용되므로 다른 라우트와 API까지 제한됩니다.',
        en: 'The account limit covers every API in the Region, so it would throttle everything else too.',
      },
      null,
    ],
    explanation: {
      ko: 'HTTP API와 WebSocket API는 스테이지 기본값과 라우트 수준 스로틀링을 씁니다. 라우트 한도는 모든 클라이언트에 함께 적용되며 계정 한도를 넘을 수 없습니다.',
      en: 'HTTP and WebSocket APIs use stage defaults and route-level throttling. A route limit applies to all clients together and cannot exceed the account limit.',
    },
    factIds: ['topic.route-throttling-v2', 'feat.usage-plans', 'feat.waf'],
    apiTypes: ['http'],
    source: SOURCES.httpThrottling,
  },
  {
    id: 'scn.free-and-paid-tiers',
    topic: 'throttling',
    stem: {
      ko: 'REST API를 판매하는 회사가 무료 등급(하루 1,000건)과 유료 등급(초당 100건, 월 1,000만 건)을 제공하려 합니다. 필요한 구성 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A company selling a REST API wants a free tier (1,000 requests a day) and a paid tier (100 requests per second, 10 million a month). Which two pieces are needed? (Choose two)',
    },
    options: [
      {
        ko: '스로틀과 할당량이 다른 사용량 계획 두 개를 만들고, 고객별 API 키를 해당 계획에 연결한다.',
        en: 'Create two usage plans with different throttles and quotas, and associate each customer’s API key with one.',
      },
      {
        ko: '등급마다 HTTP API 라우트 수준 스로틀링을 설정한다.',
        en: 'Set HTTP API route-level throttling per tier.',
      },
      {
        ko: '메서드에 API 키 필요(API Key Required)를 설정해 유효한 키가 없는 요청을 거부한다.',
        en: 'Set API Key Required on the methods so requests without a valid key are refused.',
      },
      {
        ko: '고객마다 별도 스테이지를 만들고 스테이지 스로틀을 설정한다.',
        en: 'Create a stage per customer with its own stage throttle.',
      },
      {
        ko: '고객별 호출 속도를 리소스 정책에 적는다.',
        en: 'Write each customer’s call rate into the resource policy.',
      },
    ],
    correct: [0, 2],
    why: [
      null,
      {
        ko: '라우트 수준 한도는 모든 클라이언트에 함께 적용되어 고객을 구분하지 못합니다.',
        en: 'Route-level limits apply to all clients together and cannot tell customers apart.',
      },
      null,
      {
        ko: '스테이지는 기본 API당 10개이고, 스테이지 한도는 고객을 식별하지 않습니다.',
        en: 'There are 10 stages per API by default, and stage limits do not identify customers.',
      },
      {
        ko: '리소스 정책은 허용·거부만 하며 속도를 제한하지 않습니다.',
        en: 'Resource policies allow or deny; they do not limit rates.',
      },
    ],
    explanation: {
      ko: '사용량 계획은 API 키별로 스로틀(속도·버스트)과 할당량(일·주·월)을 적용합니다. 키가 없거나 틀리면 403, 할당량을 넘으면 429입니다.',
      en: 'A usage plan applies a throttle (rate and burst) and a quota (day, week or month) per API key. A missing or invalid key gets 403; an exceeded quota gets 429.',
    },
    factIds: [
      'topic.usage-plan-throttle-quota',
      'feat.usage-plans',
      'feat.api-keys',
      'feat.usage-plans-throttling',
      'topic.route-throttling-v2',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.usagePlans,
  },
  {
    id: 'scn.api-key-as-only-auth',
    topic: 'throttling',
    qualifier: 'MOST secure',
    stem: {
      ko: '고객 개인정보를 돌려주는 REST API의 접근 제어를 API 키만으로 하자는 제안이 나왔습니다. 가장 안전한(MOST secure) 방안은?',
      en: 'Someone proposes controlling access to a REST API that returns customers’ personal data with API keys alone. Which approach is MOST secure?',
    },
    options: [
      {
        ko: 'IAM, Amazon Cognito 사용자 풀, Lambda 또는 JWT 권한 부여자로 호출자를 인증하고, API 키는 사용량 계획의 계량에만 쓴다.',
        en: 'Authenticate callers with IAM, an Amazon Cognito user pool, or a Lambda or JWT authorizer, and keep API keys for usage plan metering only.',
      },
      {
        ko: 'API 키만 쓰되 매달 교체한다.',
        en: 'Use API keys alone but rotate them every month.',
      },
      {
        ko: 'API 키를 쿼리 문자열로 보내게 한다.',
        en: 'Have clients send the API key in the query string.',
      },
      {
        ko: '사용량 계획의 할당량을 아주 낮게 설정한다.',
        en: 'Set a very low usage plan quota.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'API 키는 식별용이며, 계획에 API가 여럿이면 한 API의 유효한 키로 나머지에도 접근할 수 있습니다.',
        en: 'Keys identify clients, and when a plan holds several APIs, a valid key for one reaches them all.',
      },
      {
        ko: 'API Gateway는 키를 X-API-Key 헤더나 Lambda 권한 부여자에서 받으며, 어디로 보내든 키는 인증 수단이 아닙니다.',
        en: 'API Gateway reads keys from the X-API-Key header or a Lambda authorizer, and wherever it travels a key is not authentication.',
      },
      {
        ko: '할당량은 최선형 목표치이며 접근 제어가 아닙니다.',
        en: 'Quotas are best-effort targets, not access control.',
      },
    ],
    explanation: {
      ko: 'AWS는 API 키를 인증·권한 부여에 쓰지 말라고 합니다. 접근 제어는 IAM이나 권한 부여자로 하고, API 키는 사용량 계획과 함께 식별·계량에 씁니다.',
      en: 'AWS says not to use API keys for authentication or authorization: control access with IAM or an authorizer, and use keys with usage plans to identify and meter clients.',
    },
    factIds: [
      'topic.api-keys-not-authorization',
      'feat.api-keys',
      'topic.usage-plan-throttle-quota',
    ],
    apiTypes: ['rest'],
    source: SOURCES.usagePlans,
  },
  {
    id: 'scn.per-client-below-stage-limit',
    topic: 'throttling',
    stem: {
      ko: 'REST API 스테이지의 메서드 스로틀은 초당 1,000건입니다. 파트너 A의 API 키는 사용량 계획에서 초당 100건으로 제한됩니다. 파트너 A가 초당 300건을 꾸준히 보내면 어떻게 되나요?',
      en: 'A REST API stage has a method throttle of 1,000 requests per second. Partner A’s API key is limited to 100 per second by its usage plan. What happens when partner A steadily sends 300 per second?',
    },
    options: [
      {
        ko: '스테이지 한도 1,000건 이내이므로 300건이 모두 처리된다.',
        en: 'All 300 are served, since they are under the stage limit of 1,000.',
      },
      {
        ko: '파트너 A의 요청이 모두 403 Forbidden으로 거부된다.',
        en: 'All of partner A’s requests are refused with 403 Forbidden.',
      },
      {
        ko: '대략 초당 100건(버스트 포함)만 처리되고 나머지는 429를 받는다.',
        en: 'About 100 per second (plus the burst) are served and the rest get 429.',
      },
      {
        ko: '다른 파트너들의 요청도 함께 스로틀링된다.',
        en: 'Other partners’ requests are throttled as well.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '사용량 계획의 클라이언트별 한도가 먼저 적용됩니다.',
        en: 'The usage plan’s per-client limit is applied first.',
      },
      {
        ko: '403은 키가 없거나 틀린 경우이며, 한도 초과는 429입니다.',
        en: '403 is for a missing or invalid key; going over a limit gives 429.',
      },
      null,
      {
        ko: '클라이언트별 한도는 그 API 키에만 적용됩니다.',
        en: 'A per-client limit applies only to that API key.',
      },
    ],
    explanation: {
      ko: 'REST API 스로틀은 사용량 계획의 클라이언트별 한도, 스테이지의 메서드별 한도, 계정 한도, 리전 한도 순으로 적용됩니다. 스로틀은 최선형 목표치입니다.',
      en: 'REST API throttles apply in order: usage plan per-client limits, stage per-method limits, the account limit, then Regional limits. Throttles are best-effort targets.',
    },
    factIds: [
      'topic.throttle-levels',
      'topic.throttle-429-token-bucket',
      'feat.per-client-rate-limiting',
    ],
    apiTypes: ['rest'],
    source: SOURCES.throttling,
  },

  // ================================================================ lambda
  {
    id: 'scn.proxy-function-returns-string',
    topic: 'lambda',
    stem: {
      ko: 'REST API의 Lambda 프록시 통합 함수가 return "OK"처럼 문자열만 돌려줍니다. 함수는 오류 없이 끝나지만 클라이언트는 502 Bad Gateway를 받습니다. 해결 방법은?',
      en: 'A function behind a REST API Lambda proxy integration returns just a string, like return "OK". The function ends without errors, but clients get 502 Bad Gateway. What is the fix?',
    },
    options: [
      {
        ko: '통합 제한 시간을 늘린다.',
        en: 'Raise the integration timeout.',
      },
      {
        ko: '통합 응답에 응답을 감싸는 매핑 템플릿을 추가한다.',
        en: 'Add a mapping template to the integration response that wraps the output.',
      },
      {
        ko: 'statusCode, headers, 문자열 body(필요하면 isBase64Encoded)를 가진 객체를 돌려주도록 함수를 고친다.',
        en: 'Change the function to return an object with statusCode, headers and a string body (and isBase64Encoded if needed).',
      },
      {
        ko: 'API에 바이너리 미디어 유형(binary media types)을 추가한다.',
        en: 'Add binary media types to the API.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '제한 시간 초과는 504이며, 함수는 이미 정상 종료했습니다.',
        en: 'A timeout gives 504, and the function already finished.',
      },
      {
        ko: '프록시 통합에는 통합 응답이 없으므로 매핑 템플릿을 둘 수 없습니다.',
        en: 'A proxy integration has no integration response, so there is nowhere to put a mapping template.',
      },
      null,
      {
        ko: '응답이 텍스트라 바이너리 설정과 무관합니다.',
        en: 'The response is text; binary settings do not matter here.',
      },
    ],
    explanation: {
      ko: 'Lambda 프록시 통합에서는 함수가 HTTP 응답 전체를 정해진 JSON 형식으로 만들어야 합니다. 형식이 다르면 API Gateway는 502 Bad Gateway를 돌려줍니다.',
      en: 'With a Lambda proxy integration the function must build the whole HTTP response in the required JSON shape; any other output makes API Gateway return 502 Bad Gateway.',
    },
    factIds: [
      'topic.lambda-proxy-response-format',
      'topic.error-502-vs-504',
      'feat.proxy-integrations',
    ],
    apiTypes: ['rest'],
    source: SOURCES.lambdaProxy,
  },
  {
    id: 'scn.start-batch-and-return',
    topic: 'lambda',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'REST API의 POST /exports 요청은 몇 분 걸리는 배치 작업을 Lambda로 시작합니다. 클라이언트는 작업이 접수되었다는 응답만 즉시 받으면 됩니다. 다른 서비스를 추가하지 않고 가장 적은 운영 오버헤드(LEAST operational overhead)로 구현하는 방법은?',
      en: 'POST /exports on a REST API starts a Lambda batch job that runs for minutes. The client only needs an immediate "accepted" answer. Which approach, adding no other service, has the LEAST operational overhead?',
    },
    options: [
      {
        ko: "Lambda 비프록시 통합의 통합 요청에 X-Amz-Invocation-Type 헤더를 정적 값 'Event'로 추가한다.",
        en: "Add an X-Amz-Invocation-Type header with the static value 'Event' to the integration request of a Lambda non-proxy integration.",
      },
      {
        ko: '통합 제한 시간을 15분으로 늘려 작업이 끝날 때까지 기다린다.',
        en: 'Raise the integration timeout to 15 minutes and wait for the job to finish.',
      },
      {
        ko: 'HTTP API의 Lambda 프록시 통합(페이로드 2.0)으로 바꾼다.',
        en: 'Switch to an HTTP API Lambda proxy integration (payload 2.0).',
      },
      {
        ko: '요청을 SQS 대기열에 넣고 두 번째 Lambda 함수가 대기열을 처리하게 한다.',
        en: 'Put the request on an SQS queue and have a second Lambda function process the queue.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: '클라이언트가 몇 분씩 기다리게 되며, "즉시 응답" 요구 사항에 어긋납니다.',
        en: 'The client would wait for minutes, which breaks the "answer at once" requirement.',
      },
      {
        ko: '여전히 동기 호출이며, HTTP API의 30초 제한 시간을 넘습니다.',
        en: 'It is still synchronous, and it would hit the HTTP API’s 30-second limit.',
      },
      {
        ko: '동작하지만 서비스와 함수를 하나씩 더 운영해야 합니다.',
        en: 'It works, but it adds a queue and another function to run.',
      },
    ],
    explanation: {
      ko: "Lambda 비프록시 통합은 기본적으로 동기 호출이지만, X-Amz-Invocation-Type: 'Event'를 주면 비동기로 호출하고 API는 함수 결과를 기다리지 않습니다. 클라이언트가 고르게 하려면 메서드 요청 헤더를 이 헤더로 매핑합니다.",
      en: "A Lambda non-proxy integration is synchronous by default; with X-Amz-Invocation-Type: 'Event' it is invoked asynchronously and the method does not wait for the result. To let clients choose, map a method request header to it.",
    },
    factIds: [
      'topic.lambda-async-invocation',
      'feat.non-proxy-integrations',
      'feat.integration-timeout',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.lambdaAsync,
  },
  {
    id: 'scn.payload-v2-migration',
    topic: 'lambda',
    stem: {
      ko: 'REST API Lambda 프록시 통합에서 쓰던 함수를 HTTP API(페이로드 형식 2.0) 뒤로 옮깁니다. 옳은 설명 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A function used behind a REST API Lambda proxy integration moves behind an HTTP API with payload format 2.0. Which two statements are true? (Choose two)',
    },
    options: [
      {
        ko: '이벤트 구조가 REST API 프록시 이벤트와 똑같아 코드를 바꿀 필요가 없다.',
        en: 'The event is the same as the REST API proxy event, so no code changes are needed.',
      },
      {
        ko: 'AWS CLI나 CloudFormation으로 통합을 만들 때 payloadFormatVersion을 지정하지 않아도 된다.',
        en: 'payloadFormatVersion can be left out when the integration is created with the AWS CLI or CloudFormation.',
      },
      {
        ko: 'HTTP API의 VTL 매핑 템플릿으로 함수 응답을 바꿀 수 있다.',
        en: 'The function’s response can be reshaped with HTTP API VTL mapping templates.',
      },
      {
        ko: '2.0에는 multiValueHeaders와 multiValueQueryStringParameters가 없고, 중복 값은 쉼표로 합쳐진다.',
        en: '2.0 has no multiValueHeaders or multiValueQueryStringParameters; duplicate values are joined with commas.',
      },
      {
        ko: '함수가 statusCode 없이 유효한 JSON을 돌려주면 API Gateway가 200과 application/json으로 간주한다.',
        en: 'If the function returns valid JSON without a statusCode, API Gateway assumes 200 and application/json.',
      },
    ],
    correct: [3, 4],
    why: [
      {
        ko: 'REST API 프록시와 같은 구조는 1.0이며, 2.0은 필드가 다릅니다.',
        en: 'The REST-proxy-like structure is 1.0; 2.0 has different fields.',
      },
      {
        ko: 'CLI, CloudFormation, SDK로 만들 때는 payloadFormatVersion을 반드시 지정해야 합니다(콘솔만 최신 버전이 기본값).',
        en: 'With the CLI, CloudFormation or an SDK you must set payloadFormatVersion (only the console defaults to the latest).',
      },
      {
        ko: 'HTTP API에는 매핑 템플릿이 없습니다.',
        en: 'HTTP APIs have no mapping templates.',
      },
      null,
      null,
    ],
    explanation: {
      ko: '페이로드 2.0은 다중 값 필드 대신 쉼표로 합친 값과 cookies 필드를 쓰고, 응답 형식을 추론할 수 있습니다. 기존 코드가 multiValue* 필드에 의존하면 1.0을 쓰거나 코드를 고칩니다.',
      en: 'Payload 2.0 uses comma-joined values and a cookies field instead of multi-value fields, and it can infer the response format. Code that relies on multiValue* fields needs 1.0 or a change.',
    },
    factIds: ['topic.http-payload-format', 'feat.body-transformation', 'feat.lambda'],
    apiTypes: ['rest', 'http'],
    source: SOURCES.httpLambda,
  },
  {
    id: 'scn.map-lambda-error-to-404',
    topic: 'lambda',
    stem: {
      ko: 'REST API의 Lambda 비프록시(사용자 지정) 통합 함수는 주문이 없으면 "NotFound: order 42" 메시지로 오류를 던집니다. 함수 코드를 바꾸지 않고 클라이언트에게 404를 돌려주려면?',
      en: 'A function behind a REST API Lambda non-proxy (custom) integration throws an error with the message "NotFound: order 42" when an order is missing. How can clients get a 404 without changing the function code?',
    },
    options: [
      {
        ko: 'Lambda 프록시 통합으로 바꾸고 함수가 statusCode 404를 돌려주게 한다.',
        en: 'Switch to a Lambda proxy integration and have the function return statusCode 404.',
      },
      {
        ko: 'selectionPattern이 NotFound:.*인 통합 응답을 만들어 404 메서드 응답에 연결한다.',
        en: 'Create an integration response with selectionPattern NotFound:.* mapped to a 404 method response.',
      },
      {
        ko: 'RESOURCE_NOT_FOUND 게이트웨이 응답을 404로 설정한다.',
        en: 'Set the RESOURCE_NOT_FOUND gateway response to 404.',
      },
      {
        ko: '메서드에 요청 검사기(request validator)를 추가한다.',
        en: 'Add a request validator to the method.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '함수 코드를 바꿔야 하므로 요구 사항에 어긋납니다.',
        en: 'It requires changing the function code.',
      },
      null,
      {
        ko: '게이트웨이 응답은 API Gateway 자신의 오류용이며, 통합이 돌려준 Lambda 오류에는 적용되지 않습니다.',
        en: 'Gateway responses cover API Gateway’s own errors, not Lambda errors returned by the integration.',
      },
      {
        ko: '요청 검증은 들어오는 요청을 검사할 뿐 함수 오류를 매핑하지 않습니다.',
        en: 'Request validation checks incoming requests; it does not map function errors.',
      },
    ],
    explanation: {
      ko: 'API Gateway는 Lambda 오류의 errorMessage를 통합 응답의 selectionPattern 정규식과 비교하고, 일치하면 그 통합 응답의 상태 코드로 돌려줍니다.',
      en: 'API Gateway matches the Lambda error’s errorMessage against each integration response’s selectionPattern regex and returns the matching response’s status code.',
    },
    factIds: [
      'topic.lambda-non-proxy-error-mapping',
      'feat.non-proxy-integrations',
      'feat.gateway-responses',
    ],
    apiTypes: ['rest'],
    source: SOURCES.lambdaErrors,
  },
  {
    id: 'scn.http-api-internal-error',
    topic: 'lambda',
    stem: {
      ko: 'Lambda 통합을 쓰는 HTTP API가 {"message":"Internal Server Error"}만 돌려줍니다. 원인을 찾으려면 무엇을 해야 하나요?',
      en: 'An HTTP API with a Lambda integration returns only {"message":"Internal Server Error"}. What should be done to find the cause?',
    },
    options: [
      {
        ko: '스테이지에서 INFO 수준 실행 로그(execution logs)를 켠다.',
        en: 'Turn on INFO-level execution logs for the stage.',
      },
      {
        ko: '스테이지에서 X-Ray 추적을 켠다.',
        en: 'Turn on X-Ray tracing for the stage.',
      },
      {
        ko: '콘솔의 테스트 호출(test invocation)로 요청 흐름을 본다.',
        en: 'Inspect the request flow with a console test invocation.',
      },
      {
        ko: '액세스 로그 형식에 $context.integrationErrorMessage를 추가하고 CloudWatch Logs에서 확인한다.',
        en: 'Add $context.integrationErrorMessage to the access log format and read it in CloudWatch Logs.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: 'HTTP API에는 실행 로그가 없습니다.',
        en: 'HTTP APIs have no execution logs.',
      },
      {
        ko: 'HTTP API는 X-Ray 추적을 지원하지 않습니다.',
        en: 'HTTP APIs do not support X-Ray tracing.',
      },
      {
        ko: '테스트 호출은 REST API 기능입니다.',
        en: 'Test invocations are a REST API feature.',
      },
      null,
    ],
    explanation: {
      ko: 'HTTP API는 실행 로그, X-Ray, 테스트 호출이 없으므로 액세스 로그의 $context.integrationErrorMessage가 주된 단서입니다. 권한 누락과 잘못된 응답 형식이 흔한 원인입니다.',
      en: 'With no execution logs, X-Ray or test invocations, the access log variable $context.integrationErrorMessage is the main clue for HTTP APIs; missing permissions and malformed responses are common causes.',
    },
    factIds: [
      'topic.http-lambda-500-debug',
      'feat.execution-logs',
      'feat.xray',
      'feat.test-invocations',
      'feat.access-logs-cloudwatch',
    ],
    apiTypes: ['http'],
    source: SOURCES.httpLambdaTroubleshoot,
  },

  // ================================================================ errors
  {
    id: 'scn.504-after-29-seconds',
    topic: 'errors',
    stem: {
      ko: '리전 REST API의 일부 요청이 약 29초 뒤 504를 받습니다. Lambda 로그에는 오류가 없지만 실행 시간이 35초인 호출들이 있습니다. 맞는 설명은?',
      en: 'Some requests to a Regional REST API get a 504 after about 29 seconds. The Lambda logs show no errors, but some invocations ran for 35 seconds. Which explanation is right?',
    },
    options: [
      {
        ko: '통합이 기본 통합 제한 시간 29초를 넘었다(INTEGRATION_TIMEOUT). 백엔드를 빠르게 하거나 비동기로 바꾸거나, 리전 API이므로 제한 시간 증가를 요청할 수 있다.',
        en: 'The integration went past the default 29-second timeout (INTEGRATION_TIMEOUT). Speed up the backend, make it asynchronous, or, as a Regional API, request a higher timeout.',
      },
      {
        ko: '함수가 잘못된 형식의 응답을 돌려주었다.',
        en: 'The function returned a malformed response.',
      },
      {
        ko: '계정 스로틀 한도를 넘었다.',
        en: 'The account throttle limit was exceeded.',
      },
      {
        ko: 'Lambda 권한 부여자가 요청을 거부했다.',
        en: 'A Lambda authorizer denied the request.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: '잘못된 형식의 응답은 502입니다.',
        en: 'A malformed response gives 502.',
      },
      {
        ko: '스로틀링은 즉시 429로 돌아옵니다.',
        en: 'Throttling answers 429 right away.',
      },
      {
        ko: '권한 부여자 거부는 403(또는 401)이며 통합까지 가지 않습니다.',
        en: 'An authorizer denial is 403 (or 401) and never reaches the integration.',
      },
    ],
    explanation: {
      ko: '504는 통합 제한 시간 초과(INTEGRATION_TIMEOUT)나 통합 실패(INTEGRATION_FAILURE)입니다. REST API의 기본 상한은 29초이며, 리전·프라이빗 API는 증가를 요청할 수 있습니다.',
      en: '504 means the integration timed out (INTEGRATION_TIMEOUT) or failed (INTEGRATION_FAILURE). The REST API default ceiling is 29 seconds, which Regional and private APIs can ask to raise.',
    },
    factIds: ['topic.error-502-vs-504', 'feat.integration-timeout', 'quota.rest-timeout-raise'],
    apiTypes: ['rest'],
    source: SOURCES.gatewayResponseTypes,
  },
  {
    id: 'scn.missing-authentication-token',
    topic: 'errors',
    stem: {
      ko: '권한 부여를 설정하지 않은 REST API를 curl로 호출했더니 403과 {"message":"Missing Authentication Token"}이 돌아옵니다. 가장 가능성 높은 원인은?',
      en: 'Calling a REST API that has no authorization configured with curl returns 403 and {"message":"Missing Authentication Token"}. What is the most likely cause?',
    },
    options: [
      {
        ko: '요청에 SigV4 서명이 없다.',
        en: 'The request is missing a SigV4 signature.',
      },
      {
        ko: 'X-API-Key 헤더가 없다.',
        en: 'The X-API-Key header is missing.',
      },
      {
        ko: 'AWS WAF가 요청을 차단했다.',
        en: 'AWS WAF blocked the request.',
      },
      {
        ko: '호출한 경로, 스테이지 또는 HTTP 메서드가 API에 없다.',
        en: 'The path, stage or HTTP method that was called does not exist in the API.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '권한 부여(IAM)를 설정하지 않았으므로 서명은 필요 없습니다.',
        en: 'No IAM authorization is configured, so no signature is needed.',
      },
      {
        ko: '키가 필요한 메서드에서 키가 없거나 틀리면 INVALID_API_KEY(403 Forbidden)이며 메시지가 다릅니다.',
        en: 'A missing or wrong key on a key-required method is INVALID_API_KEY (403 Forbidden), with a different message.',
      },
      {
        ko: 'WAF 차단은 WAF_FILTERED 응답이며, WAF가 연결되어 있어야 합니다.',
        en: 'A WAF block is the WAF_FILTERED response, and it needs WAF attached.',
      },
      null,
    ],
    explanation: {
      ko: 'MISSING_AUTHENTICATION_TOKEN(403)은 지원하지 않는 메서드나 리소스를 호출할 때도 돌아옵니다. 권한 부여가 없는 API에서 이 오류가 나면 URL의 경로, 스테이지, 메서드를 먼저 확인합니다.',
      en: 'MISSING_AUTHENTICATION_TOKEN (403) is also returned for calls to a method or resource that does not exist; on an API without authorization, check the path, stage and method first.',
    },
    factIds: ['topic.error-4xx-family'],
    apiTypes: ['rest'],
    source: SOURCES.gatewayResponseTypes,
  },
  {
    id: 'scn.latency-gap-authorizer',
    topic: 'errors',
    stem: {
      ko: 'REST API의 CloudWatch 지표에서 Latency 평균은 900 ms, IntegrationLatency 평균은 80 ms입니다. 모든 메서드에 결과 캐싱을 끈(TTL 0) Lambda 권한 부여자가 붙어 있습니다. 지연을 줄이는 가장 효과적인 방법은?',
      en: 'A REST API shows an average Latency of 900 ms and an average IntegrationLatency of 80 ms in CloudWatch. Every method uses a Lambda authorizer with result caching off (TTL 0). What reduces latency most?',
    },
    options: [
      {
        ko: '통합 Lambda 함수의 메모리를 늘린다.',
        en: 'Give the integration Lambda function more memory.',
      },
      {
        ko: '권한 부여자 결과 캐싱을 켜(TTL을 0보다 크게) 요청마다 권한 부여자를 호출하지 않게 한다.',
        en: 'Turn on authorizer result caching (TTL above 0) so the authorizer is not invoked on every request.',
      },
      {
        ko: '통합 제한 시간을 늘린다.',
        en: 'Raise the integration timeout.',
      },
      {
        ko: '엔드포인트 유형을 엣지 최적화로 바꾼다.',
        en: 'Change the endpoint type to edge-optimized.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '통합 구간은 80 ms뿐이라 개선 여지가 작습니다.',
        en: 'The integration takes only 80 ms, so there is little to gain.',
      },
      null,
      {
        ko: '제한 시간은 지연을 줄이지 않습니다.',
        en: 'A timeout does not reduce latency.',
      },
      {
        ko: '요청마다 권한 부여자를 호출하는 시간은 그대로 남습니다.',
        en: 'The per-request authorizer call would still be there.',
      },
    ],
    explanation: {
      ko: 'Latency는 IntegrationLatency에 API Gateway 자체 처리 시간을 더한 값입니다. 차이가 크면 백엔드 밖, 예를 들어 권한 부여자 호출에서 시간이 걸리는 것입니다.',
      en: 'Latency is IntegrationLatency plus API Gateway’s own overhead; a large gap means the time goes outside the backend, for example into authorizer calls.',
    },
    factIds: ['topic.metric-latency-vs-integration', 'topic.lambda-authorizer-caching'],
    apiTypes: ['rest'],
    source: SOURCES.restMetrics,
  },
  {
    id: 'scn.server-error-rate-alarm',
    topic: 'errors',
    stem: {
      ko: 'REST API의 서버 측 오류 비율이 5분 동안 1%를 넘으면 경보를 울리려 합니다. 어떤 CloudWatch 지표와 통계를 쓰나요?',
      en: 'An alarm must fire when a REST API’s server-side error rate exceeds 1% over 5 minutes. Which CloudWatch metric and statistic should it use?',
    },
    options: [
      {
        ko: '4XXError 지표의 Sum',
        en: 'The 4XXError metric with the Sum statistic',
      },
      {
        ko: '5XXError 지표의 Sum',
        en: 'The 5XXError metric with the Sum statistic',
      },
      {
        ko: '5XXError 지표의 Average',
        en: 'The 5XXError metric with the Average statistic',
      },
      {
        ko: 'IntegrationLatency 지표의 p99',
        en: 'The IntegrationLatency metric at p99',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '4XXError는 클라이언트 오류이고, Sum은 비율이 아닌 건수입니다.',
        en: '4XXError counts client errors, and Sum is a count, not a rate.',
      },
      {
        ko: 'Sum은 오류 건수이므로 트래픽 양에 따라 같은 비율이라도 값이 달라집니다.',
        en: 'Sum is the number of errors, which changes with traffic even at the same rate.',
      },
      null,
      {
        ko: '지연 지표이지 오류율이 아닙니다.',
        en: 'That is a latency metric, not an error rate.',
      },
    ],
    explanation: {
      ko: '5XXError의 Average는 서버 오류 수를 전체 요청 수로 나눈 비율입니다. 클라이언트 오류는 4XXError, 전체 요청 수는 Count로 봅니다.',
      en: 'The Average of 5XXError is server errors divided by all requests. Client errors are 4XXError, and total requests are Count.',
    },
    factIds: ['topic.metric-error-rates', 'feat.cloudwatch-metrics'],
    apiTypes: ['rest'],
    source: SOURCES.restMetrics,
  },
  {
    id: 'scn.which-cause-429',
    topic: 'errors',
    stem: {
      ko: 'REST API 클라이언트가 API Gateway로부터 429를 받는 상황 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'In which two situations does a REST API client get a 429 from API Gateway? (Choose two)',
    },
    options: [
      {
        ko: 'API 키가 필요한 메서드에 잘못된 키를 보냈다.',
        en: 'An invalid key was sent to a method that requires an API key.',
      },
      {
        ko: '사용량 계획의 월간 할당량을 다 썼다.',
        en: 'The usage plan’s monthly quota is used up.',
      },
      {
        ko: 'AWS WAF 규칙이 요청을 차단했다.',
        en: 'An AWS WAF rule blocked the request.',
      },
      {
        ko: '백엔드가 통합 제한 시간 안에 응답하지 않았다.',
        en: 'The backend did not answer within the integration timeout.',
      },
      {
        ko: '사용량 계획, 메서드, 스테이지 또는 계정 단위 스로틀 한도를 넘었다.',
        en: 'A usage plan, method, stage or account throttle limit was exceeded.',
      },
    ],
    correct: [1, 4],
    why: [
      {
        ko: 'INVALID_API_KEY는 403입니다.',
        en: 'INVALID_API_KEY is 403.',
      },
      null,
      {
        ko: 'WAF_FILTERED는 403입니다.',
        en: 'WAF_FILTERED is 403.',
      },
      {
        ko: 'INTEGRATION_TIMEOUT은 504입니다.',
        en: 'INTEGRATION_TIMEOUT is 504.',
      },
      null,
    ],
    explanation: {
      ko: '429는 THROTTLED(속도·버스트 초과)와 QUOTA_EXCEEDED(할당량 초과) 두 게이트웨이 응답의 기본 상태 코드입니다.',
      en: '429 is the default status of two gateway responses: THROTTLED (rate or burst exceeded) and QUOTA_EXCEEDED (quota used up).',
    },
    factIds: [
      'topic.error-4xx-family',
      'topic.throttle-429-token-bucket',
      'topic.usage-plan-throttle-quota',
    ],
    apiTypes: ['rest'],
    source: SOURCES.gatewayResponseTypes,
  },

  // ================================================================ domains
  {
    id: 'scn.edge-domain-certificate',
    topic: 'domains',
    stem: {
      ko: 'eu-west-1에 있는 엣지 최적화(edge-optimized) REST API에 api.example.com 사용자 지정 도메인을 붙이려 합니다. ACM 인증서는 어느 리전에 있어야 하나요?',
      en: 'The custom domain api.example.com is to be added to an edge-optimized REST API in eu-west-1. In which Region must the ACM certificate be?',
    },
    options: [
      {
        ko: 'API와 같은 eu-west-1',
        en: 'eu-west-1, the API’s Region',
      },
      {
        ko: '아무 리전이나 가능하며 자동으로 복제된다',
        en: 'Any Region; it is replicated automatically',
      },
      {
        ko: 'us-east-1(미국 동부, 버지니아 북부)',
        en: 'us-east-1 (US East, N. Virginia)',
      },
      {
        ko: '클라이언트가 가장 많은 리전',
        en: 'The Region where most clients are',
      },
    ],
    correct: [2],
    why: [
      {
        ko: 'API와 같은 리전은 리전(Regional) 사용자 지정 도메인의 규칙입니다.',
        en: 'The API’s own Region is the rule for Regional custom domains.',
      },
      {
        ko: 'ACM 인증서는 정해진 리전에 있어야 하며 자동 복제되지 않습니다.',
        en: 'The ACM certificate must be in a specific Region; it is not replicated for you.',
      },
      null,
      {
        ko: '클라이언트 위치는 인증서 리전을 정하지 않습니다.',
        en: 'Where clients are does not decide the certificate’s Region.',
      },
    ],
    explanation: {
      ko: '엣지 최적화 사용자 지정 도메인은 API Gateway가 관리하는 CloudFront 배포를 쓰므로 인증서가 us-east-1에 있어야 합니다. 리전 도메인은 API와 같은 리전입니다.',
      en: 'An edge-optimized custom domain uses a CloudFront distribution managed by API Gateway, so its certificate must be in us-east-1; a Regional domain uses the API’s Region.',
    },
    factIds: ['topic.domain-certificate-region', 'feat.edge-endpoint', 'feat.custom-domains'],
    apiTypes: ['rest'],
    source: SOURCES.customDomainPrereqs,
  },
  {
    id: 'scn.mtls-bypass-default-endpoint',
    topic: 'domains',
    qualifier: 'MOST secure',
    stem: {
      ko: 'HTTP API의 리전 사용자 지정 도메인에 상호 TLS(mTLS)를 켰습니다. 그런데 클라이언트 인증서가 없는 호출자가 기본 execute-api URL로 API를 부르고 있습니다. 가장 안전한(MOST secure) 조치는?',
      en: 'Mutual TLS is on for an HTTP API’s Regional custom domain, but callers without client certificates are calling the API through its default execute-api URL. What is the MOST secure fix?',
    },
    options: [
      {
        ko: 'API의 기본 execute-api 엔드포인트를 비활성화한다.',
        en: 'Disable the API’s default execute-api endpoint.',
      },
      {
        ko: '트러스트스토어에 CA 인증서를 더 추가한다.',
        en: 'Add more CA certificates to the truststore.',
      },
      {
        ko: '모든 라우트에 API 키를 요구한다.',
        en: 'Require an API key on every route.',
      },
      {
        ko: '모든 라우트에 클라이언트 인증서 정보를 검사하는 Lambda 권한 부여자를 붙인다.',
        en: 'Attach a Lambda authorizer to every route that checks client certificate details.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: '신뢰하는 클라이언트만 늘릴 뿐, 인증서 없이 들어오는 기본 엔드포인트는 그대로입니다.',
        en: 'It only trusts more clients; the default endpoint still takes calls with no certificate.',
      },
      {
        ko: 'HTTP API에는 API 키가 없으며, 키는 mTLS를 대신하지 못합니다.',
        en: 'HTTP APIs have no API keys, and a key does not replace mTLS.',
      },
      {
        ko: '직접 코드를 유지해야 하고, 문서가 안내하는 방법은 기본 엔드포인트 비활성화입니다.',
        en: 'That is custom code to maintain; the documented fix is disabling the default endpoint.',
      },
    ],
    explanation: {
      ko: '기본 execute-api 엔드포인트는 mTLS를 요구하지 않으므로, 클라이언트가 mTLS 사용자 지정 도메인으로만 접근하게 하려면 기본 엔드포인트를 꺼야 합니다.',
      en: 'The default execute-api endpoint does not ask for mTLS, so to force clients through the mTLS custom domain, turn the default endpoint off.',
    },
    factIds: ['topic.mtls-requirements', 'feat.mtls', 'feat.api-keys'],
    apiTypes: ['http'],
    source: SOURCES.restMtls,
  },
  {
    id: 'scn.one-domain-rest-and-http',
    topic: 'domains',
    stem: {
      ko: 'api.example.com 하나로 /orders는 REST API의 prod 스테이지로, /users는 HTTP API의 prod 스테이지로 보내고 싶습니다. 어떻게 하나요?',
      en: 'One domain, api.example.com, should send /orders to a REST API’s prod stage and /users to an HTTP API’s prod stage. How?',
    },
    options: [
      {
        ko: 'REST API와 HTTP API는 같은 도메인을 쓸 수 없으므로 도메인을 두 개 만든다.',
        en: 'Create two domains, because REST and HTTP APIs cannot share one.',
      },
      {
        ko: '/users 요청을 REST API가 받아 HTTP 프록시 통합으로 HTTP API에 넘긴다.',
        en: 'Have the REST API receive /users and forward it to the HTTP API with an HTTP proxy integration.',
      },
      {
        ko: '같은 도메인에 WebSocket API도 /chat으로 매핑해 세 API를 함께 쓴다.',
        en: 'Also map a WebSocket API at /chat on the same domain so all three share it.',
      },
      {
        ko: '리전 사용자 지정 도메인에 orders → REST API prod, users → HTTP API prod API 매핑(API mapping)을 만든다.',
        en: 'Create API mappings on a Regional custom domain: orders to the REST API prod stage and users to the HTTP API prod stage.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: 'REST API와 HTTP API 스테이지는 같은 사용자 지정 도메인에 함께 매핑할 수 있습니다.',
        en: 'REST and HTTP API stages can be mapped to the same custom domain.',
      },
      {
        ko: '불필요한 홉과 비용이 생깁니다.',
        en: 'It adds a needless hop and cost.',
      },
      {
        ko: 'WebSocket API에 매핑한 도메인은 REST·HTTP API에 매핑할 수 없습니다.',
        en: 'A domain mapped to a WebSocket API cannot be mapped to REST or HTTP APIs.',
      },
      null,
    ],
    explanation: {
      ko: 'API 매핑은 API의 스테이지를 사용자 지정 도메인의 경로에 연결합니다. API Gateway는 가장 길게 일치하는 매핑 경로를 고릅니다. 도메인과 API는 같은 계정에 있어야 합니다.',
      en: 'An API mapping connects an API stage to a path on a custom domain, and API Gateway picks the longest matching path. The domain and the APIs must be in the same account.',
    },
    factIds: ['topic.api-mappings', 'feat.custom-domains'],
    apiTypes: ['rest', 'http', 'websocket'],
    source: SOURCES.restApiMappings,
  },
  {
    id: 'scn.route-by-version-header',
    topic: 'domains',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'api.example.com 뒤의 REST API에서, X-API-Version: 2 헤더가 있는 요청만 새 REST API의 prod 스테이지로 보내고 나머지는 기존 API로 보내려 합니다. URL은 바꾸지 않습니다. 현재 AWS 문서 기준으로 가장 적은 운영 오버헤드(LEAST operational overhead)의 방법은?',
      en: 'Behind api.example.com, only requests with the header X-API-Version: 2 should go to a new REST API’s prod stage, and the rest to the existing API, with no URL change. By current AWS docs, what has the LEAST operational overhead?',
    },
    options: [
      {
        ko: '헤더를 읽고 알맞은 API로 전달하는 Lambda 프록시를 앞에 둔다.',
        en: 'Put a Lambda proxy in front that reads the header and forwards to the right API.',
      },
      {
        ko: '사용자 지정 도메인에 헤더 조건의 라우팅 규칙(routing rule)을 만들고 라우팅 모드를 ROUTING_RULE_THEN_API_MAPPING으로 둔다.',
        en: 'Create a routing rule on the custom domain that matches the header, with the routing mode ROUTING_RULE_THEN_API_MAPPING.',
      },
      {
        ko: '새 API를 /v2 기본 경로 매핑(base path mapping)으로 연결한다.',
        en: 'Map the new API with a /v2 base path mapping.',
      },
      {
        ko: '카나리 릴리스로 트래픽의 50%를 새 버전에 보낸다.',
        en: 'Send 50% of traffic to the new version with a canary release.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '직접 만들고 운영해야 하는 코드와 추가 홉이 생깁니다.',
        en: 'It adds code to build and run, and an extra hop.',
      },
      null,
      {
        ko: '경로 기반이라 헤더를 보지 않으며, 클라이언트가 URL을 바꿔야 합니다.',
        en: 'It routes by path, ignores the header, and makes clients change URLs.',
      },
      {
        ko: '카나리는 무작위 비율로 나눌 뿐 헤더로 고르지 않습니다.',
        en: 'A canary splits traffic at random, not by header.',
      },
    ],
    explanation: {
      ko: '2025년 6월부터 REST API 사용자 지정 도메인은 헤더 값, 기본 경로 또는 둘의 조합으로 요청을 특정 REST API 스테이지로 보내는 라우팅 규칙을 지원합니다. 규칙과 매핑을 함께 쓰면 규칙을 먼저 평가합니다.',
      en: 'Since June 2025, REST API custom domains support routing rules that send requests to a REST API stage by header values, base path or both; with rules and mappings together, rules are evaluated first.',
    },
    factIds: ['topic.routing-rules', 'topic.api-mappings', 'feat.custom-domains'],
    apiTypes: ['rest'],
    source: SOURCES.routingRules,
  },
  {
    id: 'scn.websocket-custom-domain-facts',
    topic: 'domains',
    stem: {
      ko: 'WebSocket API에 wss://chat.example.com 사용자 지정 도메인을 붙이려 합니다. 현재 AWS 문서 기준으로 옳은 설명 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A WebSocket API is to get the custom domain wss://chat.example.com. By current AWS docs, which two statements are true? (Choose two)',
    },
    options: [
      {
        ko: '리전(Regional) 사용자 지정 도메인만 지원된다.',
        en: 'Only Regional custom domain names are supported.',
      },
      {
        ko: '같은 도메인에 REST API도 /api 경로로 매핑할 수 있다.',
        en: 'A REST API can also be mapped at /api on the same domain.',
      },
      {
        ko: 'TLS 1.2만 받아들이고 TLS 1.3 클라이언트는 거부한다.',
        en: 'It accepts only TLS 1.2 and rejects TLS 1.3 clients.',
      },
      {
        ko: 'TLS_1_2 보안 정책이 적용되어 TLS 1.2와 TLS 1.3을 받아들이고 TLS 1.0은 거부한다.',
        en: 'The TLS_1_2 security policy applies: TLS 1.2 and TLS 1.3 are accepted and TLS 1.0 is rejected.',
      },
      {
        ko: '전 세계 클라이언트를 위해 엣지 최적화 도메인을 만들 수 있다.',
        en: 'An edge-optimized domain can be created for global clients.',
      },
    ],
    correct: [0, 3],
    why: [
      null,
      {
        ko: 'WebSocket API에 매핑한 도메인은 REST·HTTP API에 매핑할 수 없습니다.',
        en: 'A domain mapped to a WebSocket API cannot be mapped to REST or HTTP APIs.',
      },
      {
        ko: '예전 문서의 표현입니다. 최소 버전이 TLS 1.2일 뿐, TLS 1.3도 받아들입니다.',
        en: 'That is the older docs’ wording; TLS 1.2 is the minimum, and TLS 1.3 is accepted too.',
      },
      null,
      {
        ko: 'WebSocket API는 리전 사용자 지정 도메인만 지원합니다.',
        en: 'WebSocket APIs support Regional custom domains only.',
      },
    ],
    explanation: {
      ko: 'API Gateway는 모든 WebSocket API 엔드포인트에 TLS_1_2 정책을 적용합니다. 최소 TLS 버전으로는 1.2만 고를 수 있지만, 이 정책은 TLS 1.3도 받아들입니다.',
      en: 'API Gateway enforces the TLS_1_2 policy on all WebSocket API endpoints: 1.2 is the only choice of minimum version, and the policy accepts TLS 1.3 as well.',
    },
    factIds: ['topic.tls-security-policies', 'topic.api-mappings', 'feat.custom-domains'],
    apiTypes: ['websocket'],
    source: SOURCES.wsSecurityPolicy,
  },
  {
    id: 'scn.ipv6-only-clients',
    topic: 'domains',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'IPv6 전용 네트워크의 모바일 클라이언트가 리전 REST API를 호출해야 합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)로 지원하는 방법은?',
      en: 'Mobile clients on IPv6-only networks must call a Regional REST API. Which approach has the LEAST operational overhead?',
    },
    options: [
      {
        ko: 'IPv6를 받는 CloudFront 배포를 API 앞에 둔다.',
        en: 'Put a CloudFront distribution that accepts IPv6 in front of the API.',
      },
      {
        ko: 'HTTP API로 옮긴다.',
        en: 'Move to an HTTP API.',
      },
      {
        ko: 'IPv6는 엣지 최적화 API만 지원하므로 엔드포인트 유형을 엣지 최적화로 바꾼다.',
        en: 'Change to an edge-optimized endpoint, because only edge-optimized APIs support IPv6.',
      },
      {
        ko: 'API의 IP 주소 유형을 dualstack으로 바꾸고, IP 기반 정책이 IPv6 주소도 고려하는지 확인한다.',
        en: 'Change the API’s IP address type to dualstack and check that IP-based policies also cover IPv6 addresses.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '동작할 수 있지만 배포를 하나 더 운영해야 합니다.',
        en: 'It can work, but it adds a distribution to run.',
      },
      {
        ko: '이전할 필요가 없습니다. REST API도 dualstack을 지원합니다.',
        en: 'No migration is needed; REST APIs support dualstack themselves.',
      },
      {
        ko: '리전과 엣지 최적화 API 모두 IPv4가 기본이며 둘 다 dualstack으로 바꿀 수 있습니다.',
        en: 'Regional and edge-optimized APIs both default to IPv4 and both can become dualstack.',
      },
      null,
    ],
    explanation: {
      ko: '2025년 3월부터 REST, HTTP, WebSocket API와 사용자 지정 도메인은 dualstack(IPv4+IPv6)을 지원합니다. IP 주소 유형 변경은 다시 배포하지 않아도 즉시 적용됩니다.',
      en: 'Since March 2025, REST, HTTP and WebSocket APIs and custom domains support dualstack (IPv4 and IPv6); changing the IP address type applies immediately, with no redeploy.',
    },
    factIds: ['topic.dualstack', 'feat.regional-endpoint'],
    apiTypes: ['rest', 'http'],
    source: SOURCES.restIpAddressType,
  },

  // ================================================================ authorizers
  {
    id: 'scn.http-api-cognito-tokens',
    topic: 'authorizers',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'HTTP API가 Amazon Cognito 사용자 풀이 발급한 액세스 토큰으로 사용자를 인증해야 합니다. 가장 적은 운영 오버헤드(LEAST operational overhead)의 방법은?',
      en: 'An HTTP API must authenticate users with access tokens issued by an Amazon Cognito user pool. Which approach has the LEAST operational overhead?',
    },
    options: [
      {
        ko: 'COGNITO_USER_POOLS 유형의 권한 부여자를 만든다.',
        en: 'Create an authorizer of type COGNITO_USER_POOLS.',
      },
      {
        ko: '사용자 풀의 JWKS를 내려받아 토큰을 검증하는 Lambda 권한 부여자를 만든다.',
        en: 'Create a Lambda authorizer that downloads the user pool’s JWKS and validates tokens.',
      },
      {
        ko: '발급자(issuer)를 https://cognito-idp.{region}.amazonaws.com/{userPoolId}로, 대상(audience)을 앱 클라이언트 ID로 설정한 JWT 권한 부여자를 만든다.',
        en: 'Create a JWT authorizer with issuer https://cognito-idp.{region}.amazonaws.com/{userPoolId} and the app client ID as audience.',
      },
      {
        ko: '라우트에 IAM 권한 부여를 설정하고 토큰을 Authorization 헤더로 보낸다.',
        en: 'Use IAM authorization on the routes and send the token in the Authorization header.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: 'COGNITO_USER_POOLS는 REST API의 권한 부여자 유형이며 HTTP API에는 없습니다.',
        en: 'COGNITO_USER_POOLS is a REST API authorizer type; HTTP APIs do not have it.',
      },
      {
        ko: '동작하지만 함수 코드를 직접 작성하고 운영해야 합니다.',
        en: 'It works, but you write and run the function yourself.',
      },
      null,
      {
        ko: 'IAM 권한 부여는 SigV4 서명을 검사하며 Cognito 사용자 풀 토큰을 검증하지 않습니다.',
        en: 'IAM authorization checks SigV4 signatures; it does not validate Cognito user pool tokens.',
      },
    ],
    explanation: {
      ko: 'HTTP API는 JWT 권한 부여자로 Cognito를 씁니다. AWS 비교표 각주도 "JWT 권한 부여자로 Amazon Cognito를 사용할 수 있다"고 합니다.',
      en: 'HTTP APIs use Cognito through a JWT authorizer; AWS’s comparison table footnote says "You can use Amazon Cognito with a JWT authorizer".',
    },
    factIds: ['topic.http-api-cognito-jwt', 'feat.cognito', 'topic.jwt-claims-validation'],
    apiTypes: ['http'],
    source: SOURCES.httpJwtAuthorizer,
  },
  {
    id: 'scn.rest-api-okta-jwt',
    topic: 'authorizers',
    qualifier: 'LEAST operational overhead',
    stem: {
      ko: 'API 키와 사용량 계획을 쓰는 기존 REST API가 이제 사내 OIDC IdP가 발급한 JWT도 검증해야 합니다. 메서드마다 필요한 범위(scope)도 다릅니다. 현재 AWS 문서 기준으로 가장 적은 운영 오버헤드(LEAST operational overhead)의 방법은?',
      en: 'An existing REST API that uses API keys and usage plans must now also validate JWTs from the company’s OIDC identity provider, with different scopes per method. By current AWS docs, what has the LEAST operational overhead?',
    },
    options: [
      {
        ko: 'REST API에 신뢰할 발급자와 대상을 설정한 JWT 권한 부여자를 만들고, 메서드마다 범위를 요구한다.',
        en: 'Create a JWT authorizer on the REST API with the trusted issuer and audience, and require scopes per method.',
      },
      {
        ko: 'JWT 권한 부여자를 쓰기 위해 HTTP API로 옮긴다.',
        en: 'Move to an HTTP API to use its JWT authorizer.',
      },
      {
        ko: 'IdP의 서명 키를 내려받아 토큰을 검증하고 IAM 정책을 돌려주는 Lambda 권한 부여자를 만든다.',
        en: 'Write a Lambda authorizer that downloads the IdP’s signing keys, validates tokens and returns an IAM policy.',
      },
      {
        ko: 'COGNITO_USER_POOLS 권한 부여자에 IdP의 발급자 URL을 넣는다.',
        en: 'Put the IdP’s issuer URL into a COGNITO_USER_POOLS authorizer.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'HTTP API에는 API 키와 사용량 계획이 없어 기존 기능을 잃습니다.',
        en: 'HTTP APIs have no API keys or usage plans, so existing features would be lost.',
      },
      {
        ko: '동작하지만 함수를 유지해야 합니다. REST API에 JWT 권한 부여자가 생기기 전의 방법입니다.',
        en: 'It works but leaves a function to maintain; it was the way before REST APIs had JWT authorizers.',
      },
      {
        ko: 'Cognito 사용자 풀 권한 부여자는 Cognito 사용자 풀의 토큰만 받습니다.',
        en: 'A Cognito user pool authorizer accepts only tokens from Cognito user pools.',
      },
    ],
    explanation: {
      ko: '현재 AWS 문서에 따르면 리전, 엣지 최적화, 프라이빗 REST API 모두 JWT 권한 부여자를 쓸 수 있으며, 함수 없이 게이트웨이에서 토큰을 검증합니다. 예전 자료는 이를 HTTP API 전용으로 설명합니다.',
      en: 'Current AWS docs say Regional, edge-optimized and private REST APIs can all use JWT authorizers, validating tokens in the gateway with no function; older material calls this HTTP-only.',
    },
    factIds: [
      'topic.rest-jwt-authorizer',
      'feat.usage-plans',
      'feat.api-keys',
      'feat.lambda-authorizer',
    ],
    apiTypes: ['rest', 'http'],
    source: SOURCES.restJwtAuthorizer,
  },
  {
    id: 'scn.cached-policy-denies-other-method',
    topic: 'authorizers',
    stem: {
      ko: 'REST API의 TOKEN 유형 Lambda 권한 부여자는 요청된 메서드(methodArn) 하나만 허용하는 정책을 돌려주고, 결과 캐싱 TTL은 300초입니다. 사용자가 GET /orders를 부른 직후 같은 토큰으로 GET /profile을 부르면 403을 받습니다. 가장 알맞은 해결책은?',
      en: 'A REST API TOKEN Lambda authorizer returns a policy that allows only the requested method (methodArn), with a 300-second result cache TTL. Right after calling GET /orders, a user gets 403 on GET /profile with the same token. What is the best fix?',
    },
    options: [
      {
        ko: 'TTL을 3600초로 늘린다.',
        en: 'Raise the TTL to 3600 seconds.',
      },
      {
        ko: 'GET /profile을 리소스 정책에서 허용한다.',
        en: 'Allow GET /profile in the resource policy.',
      },
      {
        ko: '클라이언트가 Cache-Control: max-age=0 헤더를 보낸다.',
        en: 'Have the client send a Cache-Control: max-age=0 header.',
      },
      {
        ko: '사용자가 부를 수 있는 모든 메서드를 포함하는 정책을 돌려주거나, 메서드별 정책이 꼭 필요하면 TTL을 0으로 둔다.',
        en: 'Return a policy that covers every method the user may call, or set the TTL to 0 if method-specific policies are required.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '캐시된 좁은 정책을 더 오래 재사용해 문제를 키웁니다.',
        en: 'It reuses the narrow cached policy longer and makes things worse.',
      },
      {
        ko: '권한 부여자의 캐시된 거부(정책에 없음)는 그대로 적용됩니다.',
        en: 'The authorizer’s cached policy still leaves the method out, so the call is still denied.',
      },
      {
        ko: '이 헤더는 API 응답 캐시용이며 권한 부여자 캐시와 무관합니다.',
        en: 'That header is for the API response cache, not the authorizer cache.',
      },
      null,
    ],
    explanation: {
      ko: '캐시된 정책은 같은 토큰으로 들어온 API의 다른 메서드 호출에도 쓰입니다. 그래서 캐싱을 쓸 때는 권한 부여자가 API 전체에 적용되는 정책을 돌려줘야 합니다.',
      en: 'A cached policy is reused for calls to other methods with the same token, so with caching on, the authorizer must return a policy that applies across the API.',
    },
    factIds: [
      'topic.lambda-authorizer-caching',
      'topic.lambda-authorizer-types',
      'feat.lambda-authorizer',
    ],
    apiTypes: ['rest'],
    source: SOURCES.lambdaAuthorizerConsole,
  },
  {
    id: 'scn.cognito-scope-needs-access-token',
    topic: 'authorizers',
    stem: {
      ko: 'REST API 메서드에 COGNITO_USER_POOLS 권한 부여자와 OAuth 범위 orders/read가 설정되어 있습니다. 클라이언트가 Authorization 헤더에 ID 토큰을 보내면 401을 받습니다. 범위 검사는 유지해야 합니다. 어떻게 해야 하나요?',
      en: 'A REST API method uses a COGNITO_USER_POOLS authorizer with the OAuth scope orders/read. Clients that send an ID token in the Authorization header get 401. The scope check must stay. What should they do?',
    },
    options: [
      {
        ko: '메서드에서 범위를 지우고 계속 ID 토큰을 보낸다.',
        en: 'Remove the scope from the method and keep sending ID tokens.',
      },
      {
        ko: 'orders/read 범위를 가진 액세스 토큰을 보낸다.',
        en: 'Send an access token that carries the orders/read scope.',
      },
      {
        ko: '토큰을 X-API-Key 헤더로 보낸다.',
        en: 'Send the token in the X-API-Key header.',
      },
      {
        ko: 'TOKEN 유형 Lambda 권한 부여자로 바꿔 ID 토큰의 범위를 직접 검사한다.',
        en: 'Switch to a TOKEN Lambda authorizer that checks scopes in the ID token itself.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '범위 검사를 유지해야 한다는 요구 사항에 어긋납니다.',
        en: 'It drops the scope check that must stay.',
      },
      null,
      {
        ko: 'X-API-Key는 API 키용 헤더이며 권한 부여자는 그 헤더를 보지 않습니다.',
        en: 'X-API-Key is the API key header; the authorizer does not read it.',
      },
      {
        ko: '불필요한 코드를 만들며, ID 토큰에는 리소스 서버의 사용자 지정 범위가 들어 있지 않습니다.',
        en: 'It adds needless code, and ID tokens do not carry a resource server’s custom scopes.',
      },
    ],
    explanation: {
      ko: '범위가 없으면 Cognito 권한 부여자는 ID 토큰을 검증하고, 범위가 있으면 액세스 토큰의 범위 중 하나가 메서드의 범위와 일치해야 합니다.',
      en: 'Without scopes the Cognito authorizer validates an ID token; with scopes, at least one scope in the access token must match the method’s scopes.',
    },
    factIds: ['topic.cognito-authorizer-scopes', 'feat.cognito'],
    apiTypes: ['rest'],
    source: SOURCES.cognitoAuthorizer,
  },
  {
    id: 'scn.websocket-login-on-connect',
    topic: 'authorizers',
    stem: {
      ko: 'WebSocket 채팅 API에 로그인한 사용자만 연결하게 하려 합니다. 가능한 방법 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'Only signed-in users may connect to a WebSocket chat API. Which two approaches work? (Choose two)',
    },
    options: [
      {
        ko: 'sendmessage 라우트에 Cognito 사용자 풀 권한 부여자를 붙인다.',
        en: 'Attach a Cognito user pool authorizer to the sendmessage route.',
      },
      {
        ko: '$connect 라우트에 쿼리 문자열이나 헤더의 토큰을 읽는 REQUEST 유형 Lambda 권한 부여자를 붙인다.',
        en: 'Attach a REQUEST-type Lambda authorizer to $connect that reads a token from a query string or header.',
      },
      {
        ko: '$default 라우트에 TOKEN 유형 Lambda 권한 부여자를 붙인다.',
        en: 'Attach a TOKEN-type Lambda authorizer to the $default route.',
      },
      {
        ko: '$connect 라우트에 IAM 권한 부여를 설정하고 클라이언트가 연결 요청을 SigV4로 서명한다.',
        en: 'Use IAM authorization on $connect, with clients signing the connection request with SigV4.',
      },
      {
        ko: '$connect 라우트에 JWT 권한 부여자를 붙인다.',
        en: 'Attach a JWT authorizer to the $connect route.',
      },
    ],
    correct: [1, 3],
    why: [
      {
        ko: 'WebSocket API에는 Cognito 권한 부여자가 없고, 권한 부여는 $connect에서만 합니다.',
        en: 'WebSocket APIs have no Cognito authorizer, and authorization happens only on $connect.',
      },
      null,
      {
        ko: 'WebSocket API는 REQUEST 유형만 지원하며, $connect 외의 라우트에는 권한 부여를 둘 수 없습니다.',
        en: 'WebSocket APIs support only the REQUEST type, and no route but $connect can have authorization.',
      },
      null,
      {
        ko: 'WebSocket API에는 JWT 권한 부여자가 없습니다.',
        en: 'WebSocket APIs have no JWT authorizer.',
      },
    ],
    explanation: {
      ko: 'WebSocket API는 연결 시점($connect)에 IAM 또는 REQUEST 유형 Lambda 권한 부여자로 한 번 권한을 확인합니다. 실패하면 연결이 맺어지지 않습니다.',
      en: 'A WebSocket API checks access once, at connect time ($connect), with IAM or a REQUEST-type Lambda authorizer; if it fails, no connection is made.',
    },
    factIds: [
      'ws.auth-connect-only',
      'ws.lambda-authorizer-type',
      'topic.websocket-connect-identity',
      'feat.iam',
      'feat.cognito',
    ],
    apiTypes: ['websocket'],
    source: SOURCES.wsLambdaAuthorizer,
  },
  {
    id: 'scn.authorizer-needs-tenant-and-stage',
    topic: 'authorizers',
    stem: {
      ko: 'REST API의 권한 부여 결정이 Authorization 헤더 값뿐 아니라 tenant 쿼리 문자열과 스테이지 변수 env에 따라 달라집니다. 어떤 권한 부여자를 써야 하나요?',
      en: 'A REST API’s authorization decision depends not only on the Authorization header but also on a tenant query string and an env stage variable. Which authorizer should it use?',
    },
    options: [
      {
        ko: '헤더, 쿼리 문자열, 스테이지 변수를 ID 소스로 받는 REQUEST 유형 Lambda 권한 부여자',
        en: 'A REQUEST-type Lambda authorizer with the header, query string and stage variable as identity sources',
      },
      {
        ko: 'TOKEN 유형 Lambda 권한 부여자',
        en: 'A TOKEN-type Lambda authorizer',
      },
      {
        ko: 'Cognito 사용자 풀 권한 부여자',
        en: 'A Cognito user pool authorizer',
      },
      {
        ko: 'IAM 권한 부여',
        en: 'IAM authorization',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: 'TOKEN 권한 부여자는 헤더 하나에 담긴 토큰만 받습니다.',
        en: 'A TOKEN authorizer receives only the token from one header.',
      },
      {
        ko: 'Cognito 토큰을 검증할 뿐 쿼리 문자열이나 스테이지 변수로 판단하는 로직을 넣을 수 없습니다.',
        en: 'It validates Cognito tokens; it cannot run logic on query strings or stage variables.',
      },
      {
        ko: 'SigV4 서명의 IAM 자격 증명을 정책과 비교할 뿐, tenant 로직을 실행하지 못합니다.',
        en: 'It checks the SigV4 identity against policies; it cannot run tenant logic.',
      },
    ],
    explanation: {
      ko: 'REQUEST 권한 부여자는 헤더, 쿼리 문자열, 스테이지 변수, $context 변수의 조합을 받고, TOKEN 권한 부여자는 헤더 하나의 베어러 토큰만 받습니다.',
      en: 'A REQUEST authorizer gets a combination of headers, query strings, stage variables and $context variables; a TOKEN authorizer gets only a bearer token from one header.',
    },
    factIds: ['topic.lambda-authorizer-types', 'feat.lambda-authorizer'],
    apiTypes: ['rest'],
    source: SOURCES.lambdaAuthorizer,
  },

  // ================================================================ cors-binary
  {
    id: 'scn.cors-lambda-proxy-headers',
    topic: 'cors-binary',
    stem: {
      ko: 'REST API의 Lambda 프록시 통합 리소스에 콘솔에서 "CORS 활성화"를 하고 배포했습니다. 프리플라이트(OPTIONS)는 성공하지만, 실제 GET 응답은 브라우저가 CORS 오류로 막습니다. 해결책은?',
      en: 'On a REST API resource with a Lambda proxy integration, "Enable CORS" was used in the console and the API deployed. Preflight (OPTIONS) succeeds, but the browser blocks the actual GET response with a CORS error. What is the fix?',
    },
    options: [
      {
        ko: 'API를 한 번 더 배포한다.',
        en: 'Deploy the API once more.',
      },
      {
        ko: 'GET 메서드의 통합 응답에 Access-Control-Allow-Origin 헤더 매핑을 추가한다.',
        en: 'Add an Access-Control-Allow-Origin header mapping to the GET method’s integration response.',
      },
      {
        ko: 'Lambda 함수가 응답 headers에 Access-Control-Allow-Origin(필요하면 Access-Control-Allow-Headers)을 넣어 돌려준다.',
        en: 'Have the Lambda function return Access-Control-Allow-Origin (and Access-Control-Allow-Headers if needed) in its response headers.',
      },
      {
        ko: '상위 리소스에도 CORS를 활성화한다.',
        en: 'Enable CORS on the parent resource too.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '이미 배포했으며, 다시 배포해도 함수 응답에는 CORS 헤더가 없습니다.',
        en: 'It is already deployed; redeploying does not put CORS headers in the function’s response.',
      },
      {
        ko: '프록시 통합에는 통합 응답이 없습니다.',
        en: 'A proxy integration has no integration response.',
      },
      null,
      {
        ko: '상위 리소스 설정은 이 리소스의 GET 응답 헤더를 바꾸지 않습니다.',
        en: 'A parent resource’s settings do not change this resource’s GET response headers.',
      },
    ],
    explanation: {
      ko: 'Lambda·HTTP 프록시 통합은 통합 응답이 없으므로, OPTIONS 응답은 API Gateway에서 설정해도 실제 응답의 CORS 헤더는 백엔드가 돌려줘야 합니다.',
      en: 'Lambda and HTTP proxy integrations have no integration response, so even with OPTIONS set up in API Gateway, the backend must return the CORS headers on actual responses.',
    },
    factIds: ['topic.cors-proxy-backend', 'feat.cors', 'feat.proxy-integrations'],
    apiTypes: ['rest'],
    source: SOURCES.restCors,
  },
  {
    id: 'scn.cors-on-authorizer-401',
    topic: 'cors-binary',
    stem: {
      ko: '브라우저 앱이 만료된 토큰으로 REST API를 호출하면, 개발자 도구에는 401 대신 CORS 오류만 보입니다. 정상 응답에는 CORS 헤더가 잘 붙습니다. 해결책은?',
      en: 'When a browser app calls a REST API with an expired token, the developer tools show only a CORS error instead of the 401. Successful responses carry CORS headers correctly. What is the fix?',
    },
    options: [
      {
        ko: '통합 Lambda 함수의 모든 응답에 CORS 헤더를 넣는다.',
        en: 'Add CORS headers to every response of the integration Lambda function.',
      },
      {
        ko: '게이트웨이 응답 DEFAULT_4XX(또는 UNAUTHORIZED)에 Access-Control-Allow-Origin 응답 헤더를 추가하고 다시 배포한다.',
        en: 'Add an Access-Control-Allow-Origin response header to the DEFAULT_4XX (or UNAUTHORIZED) gateway response and redeploy.',
      },
      {
        ko: '권한 부여자 결과 캐싱 TTL을 늘린다.',
        en: 'Raise the authorizer result cache TTL.',
      },
      {
        ko: 'REST API에 corsConfiguration을 설정한다.',
        en: 'Set corsConfiguration on the REST API.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '권한 부여자가 거부하면 통합 함수는 호출되지 않습니다.',
        en: 'When the authorizer rejects the call, the integration function is never invoked.',
      },
      null,
      {
        ko: '캐싱은 오류 응답의 헤더와 무관합니다.',
        en: 'Caching has nothing to do with error response headers.',
      },
      {
        ko: 'corsConfiguration은 HTTP API 설정입니다.',
        en: 'corsConfiguration is an HTTP API setting.',
      },
    ],
    explanation: {
      ko: '권한 부여자 거부 같은 API Gateway 자체 오류는 통합을 거치지 않으므로, 게이트웨이 응답에 CORS 헤더를 넣어야 브라우저가 실제 상태 코드를 보여 줍니다. 사용자 지정 게이트웨이 응답은 REST API 전용입니다.',
      en: 'Errors from API Gateway itself, such as an authorizer rejection, never reach the integration, so the gateway responses need the CORS header for the browser to show the real status. Custom gateway responses are REST-only.',
    },
    factIds: ['topic.gateway-responses-cors', 'feat.gateway-responses', 'feat.cors'],
    apiTypes: ['rest'],
    source: SOURCES.gatewayResponsesConsole,
  },
  {
    id: 'scn.http-cors-default-route-jwt',
    topic: 'cors-binary',
    stem: {
      ko: 'HTTP API에 corsConfiguration을 설정하고 $default 라우트에 JWT 권한 부여자를 붙였습니다. 브라우저의 프리플라이트 OPTIONS 요청이 401로 실패합니다. 해결책은?',
      en: 'An HTTP API has corsConfiguration set and a JWT authorizer on its $default route. The browser’s preflight OPTIONS requests fail with 401. What is the fix?',
    },
    options: [
      {
        ko: 'Lambda 함수가 OPTIONS 응답에 CORS 헤더를 넣게 한다.',
        en: 'Have the Lambda function add CORS headers to OPTIONS responses.',
      },
      {
        ko: 'corsConfiguration을 지우고 백엔드에서 CORS를 처리한다.',
        en: 'Remove corsConfiguration and handle CORS in the backend.',
      },
      {
        ko: 'JWT 권한 부여자에 options 범위를 추가한다.',
        en: 'Add an options scope to the JWT authorizer.',
      },
      {
        ko: '권한 부여가 없는 OPTIONS /{proxy+} 라우트를 추가하고 통합을 연결한다.',
        en: 'Add an OPTIONS /{proxy+} route with no authorization and attach an integration to it.',
      },
    ],
    correct: [3],
    why: [
      {
        ko: '요청이 권한 부여자에서 막혀 함수까지 가지 않으며, CORS를 구성하면 API Gateway는 백엔드의 CORS 헤더를 무시합니다.',
        en: 'The request is stopped at the authorizer, and with CORS configured API Gateway ignores backend CORS headers anyway.',
      },
      {
        ko: '$default의 권한 부여자가 여전히 OPTIONS를 막고, 자동 프리플라이트 응답도 잃습니다.',
        en: 'The $default authorizer still blocks OPTIONS, and automatic preflight answers are lost.',
      },
      {
        ko: '브라우저의 프리플라이트 요청에는 토큰이 없으므로 범위로 해결할 수 없습니다.',
        en: 'Browser preflight requests carry no token, so scopes cannot help.',
      },
      null,
    ],
    explanation: {
      ko: '$default 라우트는 OPTIONS를 포함해 정의되지 않은 모든 요청을 받으므로 권한 부여도 적용됩니다. OPTIONS /{proxy+} 라우트가 $default보다 우선하므로 프리플라이트가 권한 부여 없이 통과합니다.',
      en: 'The $default route catches every undefined request, OPTIONS included, so its authorizer applies. An OPTIONS /{proxy+} route takes priority over $default, letting preflight through without authorization.',
    },
    factIds: ['topic.http-cors-configuration', 'feat.cors'],
    apiTypes: ['http'],
    source: SOURCES.httpCors,
  },
  {
    id: 'scn.png-through-lambda-proxy',
    topic: 'cors-binary',
    stem: {
      ko: 'REST API의 Lambda 프록시 통합으로 PNG 썸네일을 브라우저의 img 태그에 돌려주려 합니다. 필요한 설정 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'A REST API Lambda proxy integration must return PNG thumbnails to a browser’s img tags. Which two settings are needed? (Choose two)',
    },
    options: [
      {
        ko: '통합 응답의 contentHandling을 CONVERT_TO_TEXT로 설정한다.',
        en: 'Set contentHandling to CONVERT_TO_TEXT on the integration response.',
      },
      {
        ko: 'HTTP API의 매핑 템플릿으로 이미지를 변환한다.',
        en: 'Convert the image with an HTTP API mapping template.',
      },
      {
        ko: '함수가 body를 base64로 인코딩하고 isBase64Encoded를 true로 돌려준다.',
        en: 'Have the function return the body base64-encoded with isBase64Encoded set to true.',
      },
      {
        ko: 'API의 binaryMediaTypes에 image/png를 추가하거나, 브라우저의 Accept 순서를 통제할 수 없으므로 */*를 추가한다.',
        en: 'Add image/png to the API’s binaryMediaTypes, or */* since the browser’s Accept order cannot be controlled.',
      },
      {
        ko: '10 MB 페이로드 한도 증가를 요청한다.',
        en: 'Request an increase of the 10 MB payload limit.',
      },
    ],
    correct: [2, 3],
    why: [
      {
        ko: '프록시 통합에는 통합 응답이 없고, CONVERT_TO_TEXT는 바이너리를 텍스트로 바꾸는 반대 방향입니다.',
        en: 'A proxy integration has no integration response, and CONVERT_TO_TEXT goes the wrong way (binary to text).',
      },
      {
        ko: 'HTTP API에는 매핑 템플릿이 없으며, 이 API는 REST API입니다.',
        en: 'HTTP APIs have no mapping templates, and this is a REST API.',
      },
      null,
      null,
      {
        ko: '썸네일 크기와 무관하며, REST API의 10 MB 페이로드 한도는 늘릴 수 없습니다.',
        en: 'Thumbnail size is not the problem, and the REST API 10 MB payload limit cannot be raised.',
      },
    ],
    explanation: {
      ko: 'API Gateway는 클라이언트 Accept 헤더의 첫 번째 미디어 유형과 binaryMediaTypes로 바이너리 여부를 판단하고, 프록시 함수의 base64 본문을 바이너리로 디코딩해 돌려줍니다.',
      en: 'API Gateway decides on binary from the first media type in the client’s Accept header and binaryMediaTypes, and decodes the proxy function’s base64 body back to binary.',
    },
    factIds: ['topic.binary-media-lambda-proxy', 'feat.proxy-integrations', 'feat.max-payload'],
    apiTypes: ['rest', 'http'],
    source: SOURCES.lambdaProxyBinary,
  },

  // ================================================================ websocket-management
  {
    id: 'scn.post-to-connection-denied',
    topic: 'websocket-management',
    stem: {
      ko: 'WebSocket API의 알림 Lambda 함수가 PostToConnection을 호출하면 AccessDeniedException이 납니다. 함수 실행 역할에 추가해야 할 권한은?',
      en: 'A WebSocket API notification Lambda function gets AccessDeniedException when it calls PostToConnection. Which permission must be added to the function’s execution role?',
    },
    options: [
      {
        ko: '$connect 라우트에 대한 execute-api:Invoke',
        en: 'execute-api:Invoke on the $connect route',
      },
      {
        ko: 'arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/POST/@connections/*에 대한 execute-api:ManageConnections',
        en: 'execute-api:ManageConnections on arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/POST/@connections/*',
      },
      {
        ko: '알림 함수에 대한 lambda:InvokeFunction',
        en: 'lambda:InvokeFunction on the notification function',
      },
      {
        ko: 'API에 대한 apigateway:POST',
        en: 'apigateway:POST on the API',
      },
    ],
    correct: [1],
    why: [
      {
        ko: 'Invoke는 라우트를 호출(메시지 전송)하는 권한이며 @connections 관리 권한이 아닙니다.',
        en: 'Invoke lets a caller use routes; it does not cover the @connections API.',
      },
      null,
      {
        ko: '함수를 호출하는 권한이며, 함수가 API Gateway를 부르는 방향과 반대입니다.',
        en: 'That permits invoking the function, the opposite direction.',
      },
      {
        ko: 'apigateway:* 액션은 API 구성을 관리하는 권한이며 연결에 메시지를 보내지 않습니다.',
        en: 'apigateway:* actions manage API configuration; they do not send messages to connections.',
      },
    ],
    explanation: {
      ko: '@connections API 접근은 execute-api:ManageConnections 액션으로 제어합니다. 호출은 SigV4로 서명하며 보통 SDK의 ApiGatewayManagementApi 클라이언트를 씁니다.',
      en: 'Access to the @connections API is controlled by the execute-api:ManageConnections action; calls are SigV4-signed, usually through an SDK ApiGatewayManagementApi client.',
    },
    factIds: ['topic.ws-manage-connections-permission', 'ws.connections-auth', 'feat.iam'],
    apiTypes: ['websocket'],
    source: SOURCES.wsIam,
  },
  {
    id: 'scn.broadcast-gets-410',
    topic: 'websocket-management',
    stem: {
      ko: 'DynamoDB에 저장된 연결 ID들로 메시지를 방송(broadcast)하는 Lambda가 일부 연결 ID에서 410 GoneException을 받습니다. 올바른 처리 방법은?',
      en: 'A Lambda function that broadcasts to connection IDs stored in DynamoDB gets 410 GoneException for some of them. What is the right handling?',
    },
    options: [
      {
        ko: '성공할 때까지 같은 연결 ID로 백오프하며 재시도한다.',
        en: 'Retry the same connection ID with backoff until it succeeds.',
      },
      {
        ko: '유휴 제한 시간을 늘려 달라고 요청한다.',
        en: 'Ask for a longer idle timeout.',
      },
      {
        ko: '그 연결 ID를 테이블에서 지우고 다음 연결로 넘어간다.',
        en: 'Delete that connection ID from the table and move on to the next connection.',
      },
      {
        ko: '백엔드가 그 클라이언트의 $connect 라우트를 호출해 다시 연결한다.',
        en: 'Have the backend call that client’s $connect route to reconnect it.',
      },
    ],
    correct: [2],
    why: [
      {
        ko: '그 연결은 이미 없으므로 재시도해도 계속 410입니다.',
        en: 'The connection no longer exists, so retries keep getting 410.',
      },
      {
        ko: '10분 유휴 제한 시간은 늘릴 수 없고, 이미 끊긴 연결의 ID도 정리되지 않습니다.',
        en: 'The 10-minute idle timeout cannot be raised, and it would not clean up IDs of closed connections.',
      },
      null,
      {
        ko: '연결은 클라이언트만 열 수 있으며, 새로 연결하면 연결 ID도 바뀝니다.',
        en: 'Only the client can open a connection, and a new connection gets a new ID.',
      },
    ],
    explanation: {
      ko: '410 GoneException은 그 연결 ID의 연결이 더 이상 없다는 뜻입니다. $disconnect는 최선형이라 호출되지 않을 수 있으므로, 410 처리가 오래된 ID를 정리하는 중요한 경로입니다.',
      en: '410 GoneException means the connection for that ID no longer exists. Since $disconnect is best-effort and may not run, handling 410 is an important way to clean out stale IDs.',
    },
    factIds: ['topic.ws-gone-exception', 'ws.disconnect-best-effort', 'ws.idle-timeout'],
    apiTypes: ['websocket'],
    source: SOURCES.kc410Gone,
  },
  {
    id: 'scn.welcome-message-from-connect',
    topic: 'websocket-management',
    stem: {
      ko: '$connect 라우트에 통합된 Lambda 함수가 연결 ID를 저장한 뒤, 같은 함수 안에서 PostToConnection으로 환영 메시지를 보내면 410 GoneException이 납니다. 원인은?',
      en: 'The Lambda function integrated with the $connect route stores the connection ID and then, in the same function, sends a welcome message with PostToConnection, which fails with 410 GoneException. Why?',
    },
    options: [
      {
        ko: '연결은 $connect 통합이 끝나야 수립되므로, 함수 안에서는 아직 메시지를 보낼 연결이 없다.',
        en: 'The connection is established only after the $connect integration finishes, so inside the function there is no connection to send to yet.',
      },
      {
        ko: '함수 역할에 execute-api:ManageConnections 권한이 없다.',
        en: 'The function role lacks execute-api:ManageConnections.',
      },
      {
        ko: '환영 메시지가 128 KB를 넘었다.',
        en: 'The welcome message is larger than 128 KB.',
      },
      {
        ko: '$connect 라우트에는 통합을 연결할 수 없다.',
        en: 'The $connect route cannot have an integration.',
      },
    ],
    correct: [0],
    why: [
      null,
      {
        ko: '권한이 없으면 410이 아니라 접근 거부(403) 오류가 납니다.',
        en: 'A missing permission gives an access denied (403) error, not 410.',
      },
      {
        ko: '메시지 한도를 넘으면 연결이 1009 코드로 닫히며, 환영 메시지는 보통 작습니다.',
        en: 'An oversized message closes the connection with code 1009, and a welcome message is usually small.',
      },
      {
        ko: '$connect 통합은 선택 사항이지만 연결할 수 있습니다.',
        en: 'A $connect integration is optional, but allowed.',
      },
    ],
    explanation: {
      ko: '연결 업그레이드 요청은 $connect 통합이 끝날 때까지 대기합니다. 환영 메시지는 연결이 수립된 뒤 보내야 하며, AWS는 예를 들어 비동기로 호출한 별도 함수에서 보내라고 안내합니다.',
      en: 'The upgrade request waits until the $connect integration finishes. Send the welcome message after the connection exists, for example from a separate function invoked asynchronously, as AWS suggests.',
    },
    factIds: ['topic.ws-gone-exception', 'ws.connect-route', 'ws.connect-integration-optional'],
    apiTypes: ['websocket'],
    source: SOURCES.kc410Gone,
  },
  {
    id: 'scn.kick-user-from-room',
    topic: 'websocket-management',
    stem: {
      ko: '관리자가 채팅방에서 특정 사용자를 강제로 내보내야 합니다. 백엔드가 그 사용자의 WebSocket 연결을 끊으려면 무엇을 하나요?',
      en: 'An admin must force a user out of a chat room. What does the backend do to close that user’s WebSocket connection?',
    },
    options: [
      {
        ko: '@connections/{connection_id}에 빈 본문으로 POST한다.',
        en: 'POST an empty body to @connections/{connection_id}.',
      },
      {
        ko: '@connections/{connection_id}에 GET 요청을 보낸다.',
        en: 'Send a GET to @connections/{connection_id}.',
      },
      {
        ko: 'DynamoDB에서 그 사용자의 연결 ID 항목만 지운다.',
        en: 'Only delete the user’s connection ID item from DynamoDB.',
      },
      {
        ko: '@connections/{connection_id}에 DELETE 요청을 보낸다(DeleteConnection).',
        en: 'Send a DELETE to @connections/{connection_id} (DeleteConnection).',
      },
    ],
    correct: [3],
    why: [
      {
        ko: 'POST는 그 클라이언트에 메시지를 보낼 뿐 연결을 끊지 않습니다.',
        en: 'POST sends the client a message; it does not disconnect it.',
      },
      {
        ko: 'GET은 연결 상태를 읽기만 합니다.',
        en: 'GET only reads the connection’s status.',
      },
      {
        ko: '저장소에서 지워도 클라이언트의 연결은 그대로 열려 있습니다.',
        en: 'Deleting it from storage leaves the client’s connection open.',
      },
      null,
    ],
    explanation: {
      ko: '백엔드는 @connections/{connection_id} URL에 POST(메시지 전송), GET(상태 조회), DELETE(연결 끊기)를 SigV4로 서명해 보냅니다.',
      en: 'The backend sends SigV4-signed POST (send a message), GET (read status) and DELETE (disconnect) requests to the @connections/{connection_id} URL.',
    },
    factIds: [
      'ws.connections-delete',
      'ws.connections-url',
      'ws.connections-post',
      'ws.connections-get',
    ],
    apiTypes: ['websocket'],
    source: SOURCES.wsConnections,
  },
  {
    id: 'scn.websocket-drops-idle-and-2h',
    topic: 'websocket-management',
    stem: {
      ko: '모바일 WebSocket 클라이언트가 조용한 시간이 10분쯤 이어지면 끊기고, 활발한 사용자도 2시간마다 끊깁니다. 알맞은 대응 두 개를 고르세요. (Choose two / 두 개 고르기)',
      en: 'Mobile WebSocket clients drop after about 10 quiet minutes, and even active users drop every 2 hours. Which two responses are appropriate? (Choose two)',
    },
    options: [
      {
        ko: '클라이언트가 유휴 10분이 되기 전에 주기적으로 하트비트 메시지를 보낸다.',
        en: 'Have clients send a periodic heartbeat message before 10 idle minutes pass.',
      },
      {
        ko: '연결 지속 시간 할당량 증가를 요청한다.',
        en: 'Request an increase of the connection duration quota.',
      },
      {
        ko: '통합 제한 시간을 늘린다.',
        en: 'Raise the integration timeout.',
      },
      {
        ko: 'HTTP API 롱 폴링으로 바꾼다.',
        en: 'Switch to long polling on an HTTP API.',
      },
      {
        ko: '연결이 닫히면 클라이언트가 자동으로 다시 연결하고, 새 연결 ID를 다시 등록한다.',
        en: 'Have clients reconnect automatically when the connection closes, registering the new connection ID.',
      },
    ],
    correct: [0, 4],
    why: [
      null,
      {
        ko: '최대 연결 시간 2시간은 늘릴 수 없습니다.',
        en: 'The 2-hour maximum connection duration cannot be increased.',
      },
      {
        ko: '통합 제한 시간(최대 29초)은 연결 유지 시간과 무관합니다.',
        en: 'The integration timeout (29 s max) has nothing to do with how long connections last.',
      },
      {
        ko: '서버가 먼저 보낼 수 없고, HTTP API 제한 시간은 30초입니다.',
        en: 'The server cannot send first, and HTTP APIs time out at 30 seconds.',
      },
      null,
    ],
    explanation: {
      ko: 'WebSocket 연결은 유휴 10분, 최대 2시간이 지나면 닫히며 둘 다 늘릴 수 없습니다. 하트비트로 유휴 종료를 피하고, 2시간 종료에는 재연결로 대응합니다.',
      en: 'WebSocket connections close after 10 idle minutes or at 2 hours, and neither can be raised; heartbeats avoid the idle close, and reconnecting handles the 2-hour limit.',
    },
    factIds: ['ws.idle-timeout', 'ws.connection-duration', 'feat.integration-timeout'],
    apiTypes: ['websocket', 'http'],
    source: SOURCES.wsQuotas,
  },
  {
    id: 'scn.game-message-routing',
    topic: 'websocket-management',
    stem: {
      ko: 'WebSocket 게임 API는 {"action":"join"}, {"action":"move"} 같은 JSON 메시지를 받습니다. action 값으로 라우트를 고르고, 알 수 없는 action이나 JSON이 아닌 메시지는 오류 대신 공통 핸들러로 보내야 합니다. 어떻게 설정하나요?',
      en: 'A WebSocket game API receives JSON messages such as {"action":"join"} and {"action":"move"}. The action value must pick the route, and unknown actions or non-JSON messages must go to a common handler instead of failing. How is it set up?',
    },
    options: [
      {
        ko: '라우트 선택 표현식을 $request.body.message로 두고 join, move 라우트를 만든다.',
        en: 'Set the route selection expression to $request.body.message and create join and move routes.',
      },
      {
        ko: '라우트 선택 표현식을 $request.body.action으로 두고 join, move 라우트와 $default 라우트를 만든다.',
        en: 'Set the route selection expression to $request.body.action and create join and move routes plus a $default route.',
      },
      {
        ko: '라우트 선택 표현식을 $request.body.action으로 두고 라우트 키를 $join, $move로 만든다.',
        en: 'Set the route selection expression to $request.body.action and create route keys $join and $move.',
      },
      {
        ko: 'action마다 HTTP API 라우트를 하나씩 만든다.',
        en: 'Create one HTTP API route per action.',
      },
    ],
    correct: [1],
    why: [
      {
        ko: '메시지의 action 필드가 아닌 다른 필드로 라우트를 고르게 됩니다.',
        en: 'It routes on a different field, not the message’s action field.',
      },
      null,
      {
        ko: '사용자 지정 라우트 키는 $로 시작할 수 없으며, 대체 라우트($default)도 없습니다.',
        en: 'Custom route keys cannot start with $, and there is no fallback ($default) route.',
      },
      {
        ko: 'HTTP API는 WebSocket 메시지를 받지 않습니다.',
        en: 'HTTP APIs do not receive WebSocket messages.',
      },
    ],
    explanation: {
      ko: '라우트 선택 표현식의 결과가 라우트 키와 정확히 일치하면 그 라우트로 가고, 일치하지 않거나 JSON이 아닌 메시지는 $default로 갑니다. $default가 없으면 클라이언트는 오류를 받습니다.',
      en: 'When the route selection expression’s result matches a route key exactly, that route runs; unmatched or non-JSON messages go to $default, and without $default the client gets an error.',
    },
    factIds: [
      'ws.route-selection-expression',
      'ws.default-route',
      'ws.no-default-route',
      'ws.custom-route-key-prefix',
      'ws.route-key-match',
    ],
    apiTypes: ['websocket'],
    source: SOURCES.wsRoutes,
  },
];
