import { SOURCES } from './sources.ts';
import type { FeatureGroup, FeatureRow } from './types.ts';

/** The seven groups of AWS's official comparison table, in the page's order, then the supplementary rows. */
export const FEATURE_GROUP_LIST: readonly FeatureGroup[] = [
  { id: 'endpoint', name: { ko: '엔드포인트 유형', en: 'Endpoint type' } },
  { id: 'security', name: { ko: '보안', en: 'Security' } },
  { id: 'authorization', name: { ko: '권한 부여', en: 'Authorization' } },
  { id: 'management', name: { ko: 'API 관리', en: 'API management' } },
  { id: 'development', name: { ko: '개발', en: 'Development' } },
  { id: 'monitoring', name: { ko: '모니터링', en: 'Monitoring' } },
  { id: 'integrations', name: { ko: '통합', en: 'Integrations' } },
  { id: 'supplementary', name: { ko: '보충 항목', en: 'Supplementary' } },
];

/**
 * The 39 rows of the official table (REST and HTTP columns from AWS's comparison page; the
 * WebSocket column assembled from the WebSocket guide), then supplementary rows.
 * `ask` on a REST-only row asks "does a REST API support it?" (Yes) instead of the HTTP side
 * (No), so the "does" answers are not nearly all No; `which: false` / `values: false` keep a
 * row in the table without a card where another card already teaches it (retired-ids.ts).
 */
export const FEATURE_ROWS: readonly FeatureRow[] = [
  // ---- 1.1 Endpoint type ----
  {
    id: 'feat.edge-endpoint',
    kind: 'support',
    group: 'endpoint',
    official: true,
    core: false,
    name: {
      ko: '엣지 최적화 엔드포인트(Edge-optimized endpoint)',
      en: 'Edge-optimized endpoint',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: { ko: '리전 엔드포인트만 제공', en: 'Regional only' },
      },
    },
    explanation: {
      ko: '엣지 최적화 엔드포인트(Edge-optimized endpoint)는 REST API에서만 고를 수 있습니다. HTTP API와 WebSocket API는 리전 엔드포인트만 제공합니다.',
      en: 'Only REST APIs can use an edge-optimized endpoint. HTTP APIs and WebSocket APIs are offered with a Regional endpoint only.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.regional-endpoint',
    kind: 'support',
    group: 'endpoint',
    official: true,
    core: false,
    name: { ko: '리전 엔드포인트(Regional endpoint)', en: 'Regional endpoint' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: '리전 엔드포인트(Regional endpoint)는 세 유형 모두 지원합니다. WebSocket API는 리전 엔드포인트로만 제공되며 인터넷을 통해 접근합니다.',
      en: 'All three types support a Regional endpoint. WebSocket APIs are offered only with a Regional endpoint and are reached over the internet.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.private-endpoint',
    kind: 'support',
    group: 'endpoint',
    official: true,
    core: false,
    name: { ko: '프라이빗 엔드포인트(Private endpoint)', en: 'Private endpoint' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: { support: 'no' },
    },
    explanation: {
      ko: 'VPC 안에서만 접근할 수 있는 프라이빗 엔드포인트(Private endpoint)는 REST API 전용입니다. AWS도 프라이빗 API 엔드포인트가 필요하면 REST API를 고르라고 안내합니다.',
      en: 'A private endpoint, reachable only from a VPC, is REST-only. AWS advises choosing REST APIs when you need private API endpoints.',
    },
    source: SOURCES.comparison,
  },

  // ---- 1.2 Security ----
  {
    id: 'feat.mtls',
    kind: 'support',
    group: 'security',
    official: true,
    core: false,
    name: { ko: '상호 TLS 인증(Mutual TLS authentication)', en: 'Mutual TLS authentication' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: {
        support: 'undocumented',
        note: { ko: 'WebSocket용 mTLS 문서 없음', en: 'No WebSocket mTLS page' },
      },
    },
    explanation: {
      ko: '상호 TLS 인증(Mutual TLS authentication)은 REST API와 HTTP API 모두 지원하며 각각 전용 문서가 있습니다. WebSocket API용 상호 TLS는 문서화되어 있지 않습니다.',
      en: 'Mutual TLS works with both REST and HTTP APIs, each with its own docs page; AWS documents no mutual TLS for WebSocket APIs.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.backend-certs',
    kind: 'support',
    group: 'security',
    official: true,
    core: false,
    name: {
      ko: '백엔드 인증을 위한 인증서(Certificates for backend authentication)',
      en: 'Certificates for backend authentication',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'undocumented',
        note: {
          ko: 'WebSocket 가이드에 없음(백서에 NLB 프라이빗 통합 관련 언급만 있어 불확실)',
          en: 'Not in the WebSocket guide (a whitepaper mention for NLB private integration leaves it unclear)',
        },
      },
    },
    explanation: {
      ko: '백엔드 인증을 위한 인증서(Certificates for backend authentication)는 REST API만 지원하고 HTTP API는 지원하지 않습니다. WebSocket API 가이드에는 이 기능이 문서화되어 있지 않습니다.',
      en: 'Certificates for backend authentication are supported by REST APIs, not HTTP APIs; the WebSocket guide does not document them.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.waf',
    kind: 'support',
    group: 'security',
    official: true,
    core: false,
    name: { ko: 'AWS WAF', en: 'AWS WAF' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: { ko: 'WAF 문서는 REST API만 다룸', en: 'The WAF docs cover REST APIs only' },
      },
    },
    explanation: {
      ko: 'AWS WAF로 API를 보호하는 기능은 REST API 전용입니다. AWS의 WAF 안내 문서 제목도 "AWS WAF를 사용하여 REST API 보호"입니다.',
      en: 'Protecting an API with AWS WAF is a REST-only feature. The AWS guide is titled "Use AWS WAF to protect your REST APIs".',
    },
    source: SOURCES.comparison,
  },

  // ---- 1.3 Authorization ----
  {
    id: 'feat.iam',
    kind: 'support',
    group: 'authorization',
    official: true,
    core: false,
    name: { ko: 'IAM', en: 'IAM' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: {
        support: 'yes',
        note: { ko: '$connect에서만 설정', en: 'On $connect only' },
      },
    },
    explanation: {
      ko: 'IAM 권한 부여는 세 유형 모두 지원합니다. WebSocket API에서는 권한 부여를 $connect 라우트에만 설정할 수 있습니다.',
      en: 'All three types support IAM authorization. On WebSocket APIs, authorization can be set only on the $connect route.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '노트는 IAM을 REST API의 보안 옵션으로만 소개하지만, AWS 문서는 HTTP API도 IAM 권한 부여를 지원한다고 합니다.',
      en: 'The notes list IAM only among the REST API security options, but AWS documents IAM authorization for HTTP APIs too.',
    },
  },
  {
    id: 'feat.resource-policies',
    kind: 'support',
    group: 'authorization',
    official: true,
    core: true,
    name: { ko: '리소스 정책(Resource Policies)', en: 'Resource policies' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: {
          ko: 'WebSocket 접근 제어 방식에 없음',
          en: 'Not among the WebSocket access-control mechanisms',
        },
      },
    },
    explanation: {
      ko: '리소스 정책(Resource Policies)은 REST API 전용입니다. HTTP API에는 없고, WebSocket API의 접근 제어 방식(IAM, Lambda 권한 부여자)에도 포함되지 않습니다.',
      en: 'Resource policies are REST-only. HTTP APIs lack them, and they are not among the WebSocket access-control mechanisms (IAM and Lambda authorizers).',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.cognito',
    kind: 'support',
    group: 'authorization',
    official: true,
    core: false,
    name: { ko: 'Amazon Cognito', en: 'Amazon Cognito' },
    cells: {
      rest: {
        support: 'yes',
        note: {
          ko: 'Cognito 사용자 풀 권한 부여자, 또는 JWT 권한 부여자',
          en: 'Cognito user pool authorizer, or a JWT authorizer',
        },
      },
      http: {
        support: 'yes',
        note: { ko: 'JWT 권한 부여자를 통해서만', en: 'Only through a JWT authorizer' },
      },
      websocket: {
        support: 'no',
        note: {
          ko: 'Cognito/JWT 권한 부여자 없음(Lambda 권한 부여자에서 직접 검증은 가능)',
          en: 'No Cognito/JWT authorizer (you could validate tokens in your own Lambda authorizer)',
        },
      },
    },
    explanation: {
      ko: 'REST API는 Cognito 사용자 풀 권한 부여자(COGNITO_USER_POOLS)를 쓰며, 이제 JWT 권한 부여자로도 Cognito 토큰을 검증할 수 있습니다. HTTP API는 JWT 권한 부여자로 Cognito를 씁니다(발급자 = 사용자 풀 URL, 대상 = 앱 클라이언트 ID). WebSocket API에는 Cognito용 권한 부여자가 없습니다.',
      en: 'REST APIs have a Cognito user pool authorizer (COGNITO_USER_POOLS) and can now also validate Cognito tokens with a JWT authorizer. HTTP APIs use Cognito through a JWT authorizer (issuer = the user pool URL, audience = the app client ID). WebSocket APIs have no Cognito authorizer.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '노트는 Cognito 사용자 풀을 REST API의 보안 옵션으로만 소개하지만, AWS 문서는 HTTP API에서도 JWT 권한 부여자로 Cognito를 사용할 수 있다고 합니다.',
      en: 'The notes list Cognito user pools only among the REST API security options, but AWS documents that HTTP APIs can use Cognito through a JWT authorizer.',
    },
  },
  {
    id: 'feat.lambda-authorizer',
    kind: 'support',
    group: 'authorization',
    official: true,
    core: false,
    name: {
      ko: 'AWS Lambda 함수를 사용한 사용자 지정 권한 부여(Lambda Authorizer)',
      en: 'Custom authorization with an AWS Lambda function (Lambda authorizer)',
    },
    cells: {
      rest: {
        support: 'yes',
        note: { ko: 'TOKEN 또는 REQUEST 유형', en: 'TOKEN or REQUEST type' },
      },
      http: {
        support: 'yes',
        note: { ko: '페이로드 형식 1.0 또는 2.0', en: 'Payload format 1.0 or 2.0' },
      },
      websocket: {
        support: 'yes',
        note: {
          ko: 'REQUEST 유형만, $connect에서만',
          en: 'REQUEST type only, on $connect only',
        },
      },
    },
    explanation: {
      ko: 'Lambda 권한 부여자(Lambda Authorizer)는 세 유형 모두 지원하지만 형태가 다릅니다. REST는 TOKEN·REQUEST 유형, HTTP는 페이로드 형식 1.0·2.0, WebSocket은 $connect의 REQUEST 유형만 씁니다.',
      en: 'All three types support Lambda authorizers, in different forms: REST has TOKEN and REQUEST types, HTTP uses payload format 1.0 or 2.0, and WebSocket allows only the REQUEST type on $connect.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '노트는 커스텀 Authorizer를 REST API의 보안 옵션으로만 소개하지만, AWS 문서는 HTTP API도 Lambda 권한 부여자를 지원한다고 합니다.',
      en: 'The notes list custom authorizers only among the REST API security options, but AWS documents Lambda authorizers for HTTP APIs too.',
    },
  },
  {
    id: 'feat.jwt-authorizer',
    kind: 'support',
    group: 'authorization',
    // REST APIs gained JWT authorizers: the card that taught "HTTP API only" is retired.
    whichRevision: 2,
    official: true,
    core: true,
    name: {
      ko: 'JWT 권한 부여자(JWT Authorizer, OAuth 2.0/OIDC)',
      en: 'JSON Web Token (JWT) authorizer (OAuth 2.0/OIDC)',
    },
    cells: {
      rest: {
        support: 'yes',
        note: {
          ko: '리전·엣지 최적화·프라이빗 API, 메서드별 범위',
          en: 'Regional, edge-optimized and private APIs; scopes per method',
        },
      },
      http: { support: 'yes' },
      websocket: {
        support: 'no',
        note: {
          ko: '$connect의 Lambda 권한 부여자로 직접 검증',
          en: 'Validate tokens in a $connect Lambda authorizer',
        },
      },
    },
    explanation: {
      ko: 'OIDC·OAuth 2.0 토큰을 함수 없이 게이트웨이에서 검증하는 JWT 권한 부여자는 이제 REST API와 HTTP API 모두에 있습니다. WebSocket API에는 없습니다.',
      en: 'A JWT authorizer, which validates OIDC and OAuth 2.0 tokens in the gateway without a function, now exists on both REST and HTTP APIs. WebSocket APIs have none.',
    },
    source: SOURCES.restJwtAuthorizer,
    notesDiffer: {
      ko: '노트와 예전 자료(2023년 AWS 비교표 포함)는 REST API가 OAuth 2.0/OIDC(JWT) 권한 부여자를 지원하지 않는다고 합니다. 현재 AWS 문서에 따르면 REST API도 JWT 권한 부여자를 지원합니다.',
      en: 'The notes and older material (including the 2023 AWS comparison table) say REST APIs have no OAuth 2.0/OIDC (JWT) authorizer. Current AWS docs say REST APIs support JWT authorizers too.',
    },
  },

  // ---- 1.4 API management ----
  {
    id: 'feat.custom-domains',
    kind: 'support',
    group: 'management',
    official: true,
    core: false,
    name: { ko: '사용자 지정 도메인(Custom domains)', en: 'Custom domains' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: {
        support: 'yes',
        note: {
          ko: '리전 전용, 최소 TLS 1.2(TLS 1.3도 허용), REST·HTTP API와 같은 도메인에 매핑 불가',
          en: 'Regional only; minimum TLS 1.2 (TLS 1.3 accepted); cannot share a domain with REST or HTTP APIs',
        },
      },
    },
    explanation: {
      ko: '사용자 지정 도메인(Custom domains)은 세 유형 모두 지원합니다. WebSocket API의 사용자 지정 도메인은 리전 전용이고, TLS_1_2 보안 정책으로 TLS 1.2와 1.3을 받아들이며, REST나 HTTP API와 같은 도메인에 매핑할 수 없습니다.',
      en: 'All three types support custom domains. A WebSocket custom domain is Regional only, uses the TLS_1_2 security policy (TLS 1.2 and 1.3 accepted, 1.0 rejected), and cannot be mapped alongside REST or HTTP APIs.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '2023년 AWS 문서와 이를 따른 자료는 "WebSocket API는 TLS 1.2만 지원한다"고 합니다. 현재 문서에 따르면 WebSocket 엔드포인트의 TLS_1_2 정책은 TLS 1.2와 TLS 1.3을 받아들이며, 1.2는 고를 수 있는 유일한 최소 버전입니다.',
      en: 'The 2023 AWS docs, and material based on them, say "TLS 1.2 is the only supported TLS version" for WebSocket APIs. Current docs say the TLS_1_2 policy on WebSocket endpoints accepts TLS 1.2 and TLS 1.3; 1.2 is the only minimum version you can choose.',
    },
  },
  {
    id: 'feat.api-keys',
    kind: 'support',
    group: 'management',
    official: true,
    core: true,
    name: { ko: 'API 키(API Keys)', en: 'API keys' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'yes',
        note: { ko: '$connect 라우트에 선택적으로 요구', en: 'Optional on the $connect route' },
      },
    },
    explanation: {
      ko: 'API 키(API Keys)는 REST API와 WebSocket API에서 쓸 수 있고 HTTP API에는 없습니다. WebSocket API에서는 $connect 라우트에 선택적으로 API 키를 요구할 수 있습니다.',
      en: 'API keys work on REST and WebSocket APIs, not on HTTP APIs. A WebSocket API can optionally require an API key on the $connect route.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.per-client-rate-limiting',
    kind: 'support',
    group: 'management',
    official: true,
    core: false,
    name: {
      ko: '클라이언트별 속도 제한(Per-client rate limiting)',
      en: 'Per-client rate limiting',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'undocumented',
        note: {
          ko: '$connect에 API 키를 요구할 수 있으나, WebSocket의 사용량 계획·클라이언트별 제한 동작은 문서화되어 있지 않음',
          en: 'API keys can be required on $connect, but no usage plan or per-client limit behaviour is documented for WebSocket',
        },
      },
    },
    explanation: {
      ko: '클라이언트별 속도 제한(Per-client rate limiting)은 REST API 전용입니다. WebSocket API 문서에는 스테이지·라우트 단위와 계정 단위 스로틀링만 나옵니다.',
      en: 'Per-client rate limiting is REST-only. The WebSocket docs describe only stage-level, route-level and account-level throttling.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.usage-plans-throttling',
    kind: 'support',
    group: 'management',
    official: true,
    core: true,
    name: {
      ko: '클라이언트별 사용량 제한(Per-client usage throttling)',
      en: 'Per-client usage throttling',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'undocumented',
        note: {
          ko: '$connect에 API 키를 요구할 수 있으나, WebSocket의 사용량 계획·클라이언트별 제한 동작은 문서화되어 있지 않음',
          en: 'API keys can be required on $connect, but no usage plan or per-client limit behaviour is documented for WebSocket',
        },
      },
    },
    explanation: {
      ko: '사용량 계획으로 클라이언트(API 키)별 사용량을 제한하는 기능은 REST API 전용입니다. WebSocket API는 $connect의 API 키만 문서화되어 있습니다.',
      en: 'Per-client usage throttling through usage plans is REST-only; for WebSocket APIs only API keys on $connect are documented.',
    },
    ask: [],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.developer-portal',
    kind: 'support',
    group: 'management',
    official: true,
    core: false,
    name: { ko: '개발자 포털(Developer portal)', en: 'Developer portal' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: { ko: '포털은 REST API 공유 전용', en: 'Portals share REST APIs only' },
      },
    },
    explanation: {
      ko: 'AWS 문서에 따르면 개발자 포털(Developer portal)은 REST API를 공유하는 용도로만 만들 수 있고, 포털에는 같은 리전의 REST API만 담을 수 있습니다.',
      en: 'AWS says portals can be created only to share REST APIs, and a portal holds only REST APIs from its own Region.',
    },
    ask: ['rest'],
    source: SOURCES.portals,
  },

  // ---- 1.5 Development ----
  {
    id: 'feat.cors',
    kind: 'support',
    group: 'development',
    official: true,
    core: true,
    name: { ko: 'CORS 구성(CORS configuration)', en: 'CORS configuration' },
    cells: {
      rest: {
        support: 'yes',
        note: {
          ko: '직접 구성(예: OPTIONS 메서드)',
          en: 'You configure it (e.g. an OPTIONS method)',
        },
      },
      http: {
        support: 'yes',
        note: {
          ko: '내장 corsConfiguration, 프리플라이트 자동 응답',
          en: 'Built-in corsConfiguration, automatic preflight',
        },
      },
      websocket: { support: 'na' },
    },
    explanation: {
      ko: 'REST와 HTTP API 모두 CORS를 지원합니다. HTTP API는 corsConfiguration 설정 하나로 프리플라이트 OPTIONS 요청에 자동 응답하고, REST API는 OPTIONS 메서드와 헤더를 직접 구성합니다.',
      en: 'Both REST and HTTP APIs support CORS. HTTP APIs answer preflight OPTIONS requests automatically from one corsConfiguration setting; on REST APIs you set up the OPTIONS method and headers yourself.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '노트는 HTTP API의 내장 CORS만 언급하지만, AWS 비교표는 REST API도 CORS를 지원한다고 합니다. 차이는 구성 방식입니다.',
      en: 'The notes mention only the built-in CORS of HTTP APIs, but the AWS table shows REST APIs support CORS too. The difference is how it is configured.',
    },
  },
  {
    id: 'feat.test-invocations',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: { ko: '테스트 호출(Test invocations)', en: 'Test invocations' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: { support: 'undocumented' },
    },
    explanation: {
      ko: '콘솔에서 API를 테스트 호출(Test invocations)하는 기능은 REST API에서 지원하고 HTTP API는 지원하지 않습니다. WebSocket API용 문서는 없습니다.',
      en: 'Test invocations from the console are supported for REST APIs and not for HTTP APIs. Nothing documents them for WebSocket APIs.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.caching',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: { ko: '캐싱(Caching)', en: 'Caching' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: { ko: '캐싱은 REST 스테이지 기능', en: 'Caching is a REST stage feature' },
      },
    },
    explanation: {
      ko: 'API 캐싱(Caching)은 REST API 스테이지 기능이며 HTTP API와 WebSocket API에는 없습니다. 캐시는 크기에 따라 시간당 별도 요금이 붙습니다.',
      en: 'API caching is a REST API stage feature; HTTP and WebSocket APIs lack it. The cache is billed separately per hour by its size.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.user-deployments',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: {
      ko: '사용자 제어 배포(User-controlled deployments)',
      en: 'User-controlled deployments',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: '직접 배포를 만들어 스테이지에 반영하는 사용자 제어 배포(User-controlled deployments)는 세 유형 모두 지원합니다.',
      en: 'All three types support user-controlled deployments, where you create a deployment to a stage yourself.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.automatic-deployments',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: { ko: '자동 배포(Automatic deployments)', en: 'Automatic deployments' },
    cells: {
      rest: { support: 'no' },
      http: { support: 'yes' },
      websocket: {
        support: 'partial',
        note: {
          ko: 'V2 스테이지의 AutoDeploy(API·CloudFormation·CDK)로 설정 가능, WebSocket 가이드는 변경 후 재배포를 설명',
          en: 'Settable through the V2 stage AutoDeploy property (API, CloudFormation, CDK); the WebSocket guide describes redeploying after changes',
        },
      },
    },
    explanation: {
      ko: '자동 배포(Automatic deployments)는 HTTP API 기능으로 소개되며 REST API에는 없습니다. AWS 비교표는 REST와 HTTP만 비교합니다. WebSocket API 가이드는 변경 후 다시 배포하라고 하지만, 같은 V2 스테이지 리소스의 AutoDeploy 속성은 HTTP API 전용으로 표시되어 있지 않습니다.',
      en: "Automatic deployments are presented as an HTTP API feature, and REST APIs lack them; AWS's comparison table compares REST and HTTP only. The WebSocket guide says to redeploy after changes, but the AutoDeploy property of the same V2 stage resource is not marked HTTP-only.",
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.gateway-responses',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: {
      ko: '사용자 지정 게이트웨이 응답(Custom gateway responses)',
      en: 'Custom gateway responses',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: {
          ko: '게이트웨이 응답은 REST 기능으로 문서화',
          en: 'Gateway responses are documented as a REST feature',
        },
      },
    },
    explanation: {
      ko: 'API Gateway가 직접 돌려주는 오류 응답을 바꾸는 사용자 지정 게이트웨이 응답(Custom gateway responses)은 REST API 전용입니다.',
      en: 'Custom gateway responses, which change the error responses API Gateway itself returns, are REST-only.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.canary',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: {
      ko: '카나리 릴리스 배포(Canary release deployments)',
      en: 'Canary release deployments',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: { support: 'undocumented' },
    },
    explanation: {
      ko: '카나리 릴리스 배포(Canary release deployments)는 REST API에서 지원하고 HTTP API는 지원하지 않습니다. WebSocket API용 문서는 없습니다.',
      en: 'Canary release deployments are supported for REST APIs and not for HTTP APIs. Nothing documents them for WebSocket APIs.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.request-validation',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: { ko: '요청 검증(Request validation)', en: 'Request validation' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'yes',
        note: { ko: '모델 기반, 라우트별', en: 'Model-based, per route' },
      },
    },
    explanation: {
      ko: '요청 검증(Request validation)은 REST API와 WebSocket API에서 지원하고 HTTP API에는 없습니다. WebSocket API는 라우트별로 모델 기반 검증을 설정합니다.',
      en: 'Request validation is supported by REST and WebSocket APIs, not by HTTP APIs. WebSocket APIs validate against a model per route.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.parameter-transformation',
    kind: 'support',
    group: 'development',
    official: true,
    core: false,
    name: {
      ko: '요청 파라미터 변환(Request parameter transformation)',
      en: 'Request parameter transformation',
    },
    cells: {
      rest: { support: 'yes' },
      http: {
        support: 'yes',
        note: {
          ko: '파라미터 매핑: 헤더, 쿼리 문자열, 경로',
          en: 'Parameter mapping of headers, query strings and path',
        },
      },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: '요청 파라미터 변환(Request parameter transformation)은 세 유형 모두 지원합니다. HTTP API는 파라미터 매핑(parameter mapping)으로 헤더와 쿼리 문자열을 추가·덮어쓰기·삭제하고 경로를 바꿀 수 있습니다.',
      en: 'All three types support request parameter transformation. HTTP APIs use parameter mapping to append, overwrite or remove headers and query strings and to overwrite the path.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '노트는 HTTP API가 요청/응답 변환용 매핑 템플릿(Mapping Templates)을 지원하지 않는다고만 하지만, AWS 문서는 HTTP API도 파라미터 매핑으로 헤더, 쿼리 문자열, 경로를 변환할 수 있다고 합니다.',
      en: 'The notes only say HTTP APIs lack mapping templates for request/response transformation, but AWS documents that HTTP APIs can still transform headers, query strings and the path with parameter mapping.',
    },
  },
  {
    id: 'feat.body-transformation',
    kind: 'support',
    group: 'development',
    official: true,
    core: true,
    name: {
      ko: '요청 본문 변환(Request body transformation, 매핑 템플릿)',
      en: 'Request body transformation (mapping templates)',
    },
    cells: {
      rest: {
        support: 'yes',
        note: { ko: '매핑 템플릿(VTL)', en: 'Mapping templates (VTL)' },
      },
      http: { support: 'no' },
      websocket: {
        support: 'yes',
        note: { ko: 'VTL 템플릿, 최대 300 KB', en: 'VTL templates, max 300 KB' },
      },
    },
    explanation: {
      ko: '요청 본문 변환은 VTL로 작성한 매핑 템플릿(Mapping Templates)으로 합니다. REST API와 WebSocket API는 지원하고 HTTP API는 지원하지 않습니다.',
      en: 'Request bodies are transformed with mapping templates written in VTL. REST and WebSocket APIs support them; HTTP APIs do not.',
    },
    source: SOURCES.comparison,
  },

  // ---- 1.6 Monitoring ----
  {
    id: 'feat.cloudwatch-metrics',
    kind: 'support',
    group: 'monitoring',
    official: true,
    core: false,
    name: { ko: 'Amazon CloudWatch 지표(CloudWatch metrics)', en: 'Amazon CloudWatch metrics' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: 'Amazon CloudWatch 지표(CloudWatch metrics)는 세 유형 모두 제공합니다.',
      en: 'All three types publish Amazon CloudWatch metrics.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.access-logs-cloudwatch',
    kind: 'support',
    group: 'monitoring',
    official: true,
    core: false,
    name: {
      ko: 'CloudWatch Logs로 보내는 액세스 로그(Access logs to CloudWatch Logs)',
      en: 'Access logs to CloudWatch Logs',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: 'CloudWatch Logs로 액세스 로그(Access logs)를 보내는 기능은 세 유형 모두 지원합니다.',
      en: 'All three types can send access logs to CloudWatch Logs.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.access-logs-firehose',
    kind: 'support',
    group: 'monitoring',
    official: true,
    core: false,
    name: {
      ko: 'Amazon Data Firehose로 보내는 액세스 로그(Access logs to Amazon Data Firehose)',
      en: 'Access logs to Amazon Data Firehose',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: { support: 'undocumented' },
    },
    explanation: {
      ko: 'Amazon Data Firehose(예전 이름 Kinesis Data Firehose)로 액세스 로그를 보내는 기능은 REST API만 지원합니다. WebSocket API용 문서는 없습니다.',
      en: 'Only REST APIs can send access logs to Amazon Data Firehose (formerly Kinesis Data Firehose). Nothing documents it for WebSocket APIs.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.execution-logs',
    kind: 'support',
    group: 'monitoring',
    official: true,
    core: false,
    name: { ko: '실행 로그(Execution logs)', en: 'Execution logs' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'yes',
        note: {
          ko: 'LoggingLevel ERROR/INFO와 데이터 추적, 라우트·스테이지별',
          en: 'LoggingLevel ERROR/INFO and data trace, per route or stage',
        },
      },
    },
    explanation: {
      ko: '실행 로그(Execution logs)는 REST API와 WebSocket API에서 쓸 수 있고 HTTP API에는 없습니다. WebSocket API는 라우트 설정의 LoggingLevel과 데이터 추적으로 켭니다.',
      en: 'Execution logs exist for REST and WebSocket APIs, not for HTTP APIs. WebSocket APIs turn them on with the LoggingLevel and data trace route settings.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.xray',
    kind: 'support',
    group: 'monitoring',
    official: true,
    core: false,
    name: { ko: 'AWS X-Ray 추적(AWS X-Ray tracing)', en: 'AWS X-Ray tracing' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'no',
        note: { ko: 'X-Ray 문서는 REST만 다룸', en: 'The X-Ray docs cover REST only' },
      },
    },
    explanation: {
      ko: 'AWS X-Ray 추적(AWS X-Ray tracing)은 REST API 전용입니다. AWS 문서 제목도 "X-Ray로 REST API 사용자 요청 추적"입니다.',
      en: 'AWS X-Ray tracing is REST-only; the AWS page is titled "Tracing user requests to REST APIs using X-Ray".',
    },
    source: SOURCES.comparison,
  },

  // ---- 1.7 Integrations ----
  {
    id: 'feat.public-http',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: { ko: '퍼블릭 HTTP 엔드포인트(Public HTTP endpoints)', en: 'Public HTTP endpoints' },
    cells: {
      rest: { support: 'yes', note: { ko: 'HTTP 또는 HTTP_PROXY', en: 'HTTP or HTTP_PROXY' } },
      http: { support: 'yes', note: { ko: 'HTTP 프록시', en: 'HTTP proxy' } },
      websocket: {
        support: 'yes',
        note: { ko: 'HTTP 또는 HTTP_PROXY', en: 'HTTP or HTTP_PROXY' },
      },
    },
    explanation: {
      ko: '퍼블릭 HTTP 엔드포인트와의 통합은 세 유형 모두 지원합니다. HTTP API는 HTTP 프록시 통합만, REST와 WebSocket API는 HTTP(비프록시)와 HTTP_PROXY를 모두 씁니다.',
      en: 'All three types integrate with public HTTP endpoints. HTTP APIs use HTTP proxy integrations; REST and WebSocket APIs offer both HTTP (non-proxy) and HTTP_PROXY.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.aws-services',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: { ko: 'AWS 서비스(AWS services)', en: 'AWS services' },
    cells: {
      rest: { support: 'yes', note: { ko: 'AWS(비프록시)', en: 'AWS (non-proxy)' } },
      http: {
        support: 'yes',
        note: {
          ko: 'first-class 통합: SQS, Step Functions, EventBridge, Kinesis, AppConfig 등',
          en: 'First-class integrations, e.g. SQS, Step Functions, EventBridge, Kinesis, AppConfig',
        },
      },
      websocket: { support: 'yes', note: { ko: 'AWS', en: 'AWS' } },
    },
    explanation: {
      ko: 'AWS 서비스 통합은 세 유형 모두 지원합니다. HTTP API는 SQS, Step Functions, EventBridge 같은 서비스를 first-class 통합으로 직접 호출합니다.',
      en: 'All three types integrate directly with AWS services. HTTP APIs call services such as SQS, Step Functions and EventBridge through first-class integrations.',
    },
    source: SOURCES.comparison,
    notesDiffer: {
      ko: '노트는 HTTP API가 프록시 통합만 지원한다고 하지만, AWS 문서는 HTTP API가 AWS 서비스(first-class) 통합도 지원한다고 합니다.',
      en: 'The notes say HTTP APIs support proxy integrations only, but AWS documents first-class AWS service integrations for HTTP APIs as well.',
    },
  },
  {
    id: 'feat.lambda',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: { ko: 'AWS Lambda 함수(AWS Lambda functions)', en: 'AWS Lambda functions' },
    cells: {
      rest: {
        support: 'yes',
        note: { ko: 'Lambda 프록시 또는 Lambda 사용자 지정', en: 'Lambda proxy or Lambda custom' },
      },
      http: {
        support: 'yes',
        note: { ko: 'Lambda 프록시, 페이로드 v1.0/v2.0', en: 'Lambda proxy, payload v1.0/v2.0' },
      },
      websocket: { support: 'yes', note: { ko: 'AWS_PROXY 또는 AWS', en: 'AWS_PROXY or AWS' } },
    },
    explanation: {
      ko: 'Lambda 통합은 세 유형 모두 지원합니다. HTTP API는 Lambda 프록시만 쓰고, REST와 WebSocket API는 프록시(AWS_PROXY)와 비프록시(AWS)를 모두 씁니다.',
      en: 'All three types integrate with Lambda. HTTP APIs use Lambda proxy only; REST and WebSocket APIs offer both proxy (AWS_PROXY) and non-proxy (AWS).',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.private-nlb',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: {
      ko: 'Network Load Balancer 프라이빗 통합(Private integrations with NLB)',
      en: 'Private integrations with Network Load Balancers',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'yes' },
      websocket: { support: 'yes', note: { ko: 'VPC 링크 → NLB', en: 'VPC link to an NLB' } },
    },
    explanation: {
      ko: 'VPC 링크(VPC link)를 통한 Network Load Balancer 프라이빗 통합은 세 유형 모두 지원합니다.',
      en: 'All three types support private integrations with a Network Load Balancer through a VPC link.',
    },
    source: SOURCES.comparison,
  },
  {
    id: 'feat.private-alb',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: {
      ko: 'Application Load Balancer 프라이빗 통합(Private integrations with ALB)',
      en: 'Private integrations with Application Load Balancers',
    },
    cells: {
      rest: { support: 'yes', note: { ko: 'VPC 링크 V2(신규)', en: 'VPC link V2 (new)' } },
      http: { support: 'yes' },
      websocket: { support: 'undocumented' },
    },
    explanation: {
      ko: 'HTTP API는 ALB 프라이빗 통합을 지원하고, REST API도 이제 VPC 링크 V2(VPC link V2)로 NLB 없이 ALB에 연결할 수 있습니다. WebSocket API용 문서는 없습니다.',
      en: 'HTTP APIs support ALB private integrations, and REST APIs can now connect to an ALB without an NLB through VPC link V2. Nothing documents it for WebSocket APIs.',
    },
    source: SOURCES.privateIntegration,
    notesDiffer: {
      ko: '2023년 AWS 문서를 비롯한 예전 자료는 ALB 프라이빗 통합을 HTTP API 전용으로 설명하지만, 현재 AWS 비교표는 REST API도 VPC 링크 V2로 지원한다고 합니다.',
      en: 'Older material, including the 2023 AWS docs, calls ALB private integration HTTP-only, but the current AWS table shows REST APIs support it through VPC link V2.',
    },
  },
  {
    id: 'feat.private-cloud-map',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: {
      ko: 'AWS Cloud Map 프라이빗 통합(Private integrations with AWS Cloud Map)',
      en: 'Private integrations with AWS Cloud Map',
    },
    cells: {
      rest: { support: 'no' },
      http: { support: 'yes' },
      websocket: { support: 'undocumented' },
    },
    explanation: {
      ko: 'AWS Cloud Map 프라이빗 통합은 HTTP API 전용입니다. REST API가 ALB를 지원하게 된 뒤에도 Cloud Map은 여전히 지원하지 않습니다.',
      en: 'Private integrations with AWS Cloud Map are HTTP-only. Even after REST APIs gained ALB support, they still do not support Cloud Map.',
    },
    ask: ['http'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.mock',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: { ko: '모의 통합(Mock integrations)', en: 'Mock integrations' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: { support: 'yes', note: { ko: 'MOCK', en: 'MOCK' } },
    },
    explanation: {
      ko: '백엔드 없이 API Gateway가 직접 응답하는 모의 통합(Mock integrations)은 REST API와 WebSocket API에 있고 HTTP API에는 없습니다.',
      en: 'Mock integrations, where API Gateway answers without a backend, exist on REST and WebSocket APIs but not on HTTP APIs.',
    },
    ask: ['rest'],
    source: SOURCES.comparison,
  },
  {
    id: 'feat.response-streaming',
    kind: 'support',
    group: 'integrations',
    official: true,
    core: false,
    name: { ko: '응답 스트리밍(Response streaming)', en: 'Response streaming' },
    cells: {
      rest: {
        support: 'yes',
        note: { ko: '프록시 통합만', en: 'Proxy integrations only' },
      },
      http: { support: 'no' },
      websocket: { support: 'no' },
    },
    explanation: {
      ko: '응답 스트리밍(Response streaming)은 REST API 전용이며 HTTP_PROXY·AWS_PROXY 통합에서만 씁니다. 스트리밍 모드에서는 엔드포인트 캐싱, 콘텐츠 인코딩, VTL 응답 변환을 쓸 수 없습니다.',
      en: 'Response streaming is REST-only and works only with HTTP_PROXY and AWS_PROXY integrations; stream mode has no endpoint caching, content encoding or VTL response transformation.',
    },
    ask: ['rest'],
    source: SOURCES.responseStreaming,
  },

  // ---- 1.8 Supplementary rows (not in the official table) ----
  {
    id: 'feat.communication-model',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: true,
    name: { ko: '통신 모델(Communication model)', en: 'Communication model' },
    cells: {
      rest: {
        value: { ko: '클라이언트가 시작하는 요청-응답', en: 'Client-initiated request/response' },
      },
      http: {
        value: { ko: '클라이언트가 시작하는 요청-응답', en: 'Client-initiated request/response' },
      },
      websocket: {
        value: {
          ko: '지속적이고 상태를 유지하는 양방향 연결, 백엔드가 클라이언트에 푸시 가능',
          en: 'Persistent, stateful, two-way; the backend can push to clients',
        },
      },
    },
    explanation: {
      ko: 'REST와 HTTP API에서는 클라이언트가 보낸 요청에만 서버가 응답할 수 있고, 서버가 먼저 보낼 수는 없습니다. WebSocket API는 지속적인 양방향 연결을 유지하므로 백엔드가 @connections API로 클라이언트 요청 없이도 메시지를 보낼 수 있습니다.',
      en: 'With REST and HTTP APIs the server can only answer a request the client sent; it cannot send first. A WebSocket API keeps a persistent two-way connection, so the backend can send messages through the @connections API without a client request.',
    },
    source: SOURCES.wsOverview,
    notesDiffer: {
      ko: '노트는 REST·HTTP API를 "단방향" 요청-응답이라고 하지만, 응답은 서버에서 클라이언트로 흐릅니다. 정확한 차이는 누가 통신을 시작할 수 있는가입니다.',
      en: 'The notes call REST and HTTP APIs "one-way" request/response, but the response flows from server to client; the real difference is who can start an exchange.',
    },
  },
  {
    id: 'feat.proxy-integrations',
    kind: 'support',
    group: 'supplementary',
    official: false,
    core: true,
    name: { ko: '프록시 통합(Proxy integrations)', en: 'Proxy integrations' },
    cells: {
      rest: {
        support: 'yes',
        note: { ko: 'AWS_PROXY, HTTP_PROXY', en: 'AWS_PROXY, HTTP_PROXY' },
      },
      http: { support: 'yes', note: { ko: '주된 통합 방식', en: 'The main model' } },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: '요청을 변환 없이 백엔드로 넘기는 프록시 통합(Proxy integrations)은 세 유형 모두 지원합니다. AWS는 Lambda를 호출할 때 Lambda 프록시 통합을 권장합니다.',
      en: 'All three types support proxy integrations, which pass the request to the backend without transformation. AWS calls Lambda proxy the preferred integration type for calling Lambda.',
    },
    source: SOURCES.integrationTypes,
    notesDiffer: {
      ko: '노트는 HTTP API가 프록시 통합만 지원한다고 하지만, AWS 문서는 HTTP API가 AWS 서비스(first-class) 통합과 VPC 링크를 통한 NLB·ALB·Cloud Map 프라이빗 통합도 지원한다고 합니다. 또한 REST API도 AWS_PROXY·HTTP_PROXY 프록시 통합을 지원합니다.',
      en: 'The notes say HTTP APIs support proxy integrations only, but AWS documents first-class AWS service integrations and private integrations to NLB, ALB and Cloud Map through VPC links for HTTP APIs. REST APIs also support proxy integrations (AWS_PROXY, HTTP_PROXY).',
    },
  },
  {
    id: 'feat.non-proxy-integrations',
    kind: 'support',
    group: 'supplementary',
    official: false,
    core: true,
    name: {
      ko: '비프록시 통합(Non-proxy integrations, 매핑 템플릿)',
      en: 'Non-proxy (custom) integrations with mapping templates',
    },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: { support: 'yes' },
    },
    explanation: {
      ko: '매핑 템플릿(Mapping Templates)으로 요청과 응답을 바꾸는 비프록시 통합은 REST API와 WebSocket API에서 지원하고 HTTP API는 지원하지 않습니다.',
      en: 'Non-proxy integrations, which reshape requests and responses with mapping templates, are supported by REST and WebSocket APIs but not by HTTP APIs.',
    },
    ask: ['rest'],
    source: SOURCES.integrationTypes,
  },
  {
    id: 'feat.usage-plans',
    kind: 'support',
    group: 'supplementary',
    official: false,
    core: true,
    name: { ko: '사용량 계획(Usage Plans)', en: 'Usage plans' },
    cells: {
      rest: { support: 'yes' },
      http: { support: 'no' },
      websocket: {
        support: 'undocumented',
        note: {
          ko: '$connect에 API 키를 요구할 수 있으나, WebSocket의 사용량 계획·클라이언트별 제한 동작은 문서화되어 있지 않음',
          en: 'API keys can be required on $connect, but no usage plan or per-client limit behaviour is documented for WebSocket',
        },
      },
    },
    explanation: {
      ko: '사용량 계획(Usage Plans)은 API 키와 함께 쓰는 REST API 기능이며 HTTP API에는 없습니다. WebSocket API는 $connect 라우트에 API 키를 요구할 수 있고 라우트 문서가 키를 "사용량 계획과 함께" 쓸 수 있다고 언급하지만, 메시지를 어떻게 계량·제한하는지는 문서화되어 있지 않습니다.',
      en: 'Usage plans are a REST API feature, used with API keys; HTTP APIs lack them. A WebSocket API can require an API key on $connect, and its route docs mention using keys "with usage plans", but nothing documents how messages would be metered or limited.',
    },
    which: false,
    ask: [],
    source: SOURCES.usagePlans,
  },
  {
    id: 'feat.integration-timeout',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: false,
    name: {
      ko: '최대 통합 제한 시간(Max integration timeout)',
      en: 'Max integration timeout (default)',
    },
    cells: {
      rest: {
        value: {
          ko: '50 ms–29초, 리전·프라이빗 API는 증가 요청 가능(엣지 최적화는 불가)',
          en: '50 ms–29 s; can be raised for Regional and private APIs (not edge-optimized)',
        },
      },
      http: { value: { ko: '30초, 고정', en: '30 s, fixed' } },
      websocket: { value: { ko: '50 ms–29초, 고정', en: '50 ms–29 s, fixed' } },
    },
    explanation: {
      ko: 'REST API의 29초는 기본값이며 리전·프라이빗 API는 늘릴 수 있지만, HTTP API의 30초와 WebSocket API의 29초는 늘릴 수 없습니다.',
      en: "REST's 29 s is a default that Regional and private APIs can raise, while the HTTP API's 30 s and the WebSocket API's 29 s cannot be raised.",
    },
    source: SOURCES.restQuotas,
    notesDiffer: {
      ko: '흔히 REST API 통합 제한 시간 29초를 고정 한도로 배우지만, AWS는 2024년 6월부터 리전·프라이빗 REST API의 제한 시간 증가를 허용합니다(계정 스로틀 할당량을 낮춰야 할 수 있음). 응답 스트리밍은 최대 15분까지 가능합니다.',
      en: "REST's 29 s integration timeout is often taught as a hard limit, but since June 2024 AWS lets Regional and private REST APIs raise it (which may require a lower account throttle quota), and response streaming allows up to 15 minutes.",
    },
  },
  {
    id: 'feat.max-payload',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: false,
    name: { ko: '최대 페이로드(Max payload)', en: 'Max payload' },
    cells: {
      rest: { value: { ko: '10 MB', en: '10 MB' } },
      http: { value: { ko: '10 MB', en: '10 MB' } },
      websocket: {
        value: { ko: '메시지 128 KB / 프레임 32 KB', en: '128 KB message / 32 KB frame' },
      },
    },
    explanation: {
      ko: 'REST와 HTTP API의 페이로드 한도는 10 MB입니다. WebSocket 메시지는 최대 128 KB이며 32 KB 이하 프레임으로 나눠 보냅니다.',
      en: 'REST and HTTP APIs accept payloads up to 10 MB. WebSocket messages max out at 128 KB and are sent in frames of up to 32 KB.',
    },
    source: SOURCES.wsQuotas,
    notesDiffer: {
      ko: '"페이로드 10 MB"라는 한도는 REST와 HTTP API에만 해당합니다. AWS 문서에 따르면 WebSocket 메시지는 최대 128 KB입니다.',
      en: 'A "10 MB payload" limit applies to REST and HTTP APIs only; AWS documents a 128 KB maximum for WebSocket messages.',
    },
  },
  {
    id: 'feat.billing-unit',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: false,
    name: { ko: '과금 단위(Billing unit)', en: 'Billing unit' },
    cells: {
      rest: { value: { ko: 'API 호출 100만 건당', en: 'Per million API calls' } },
      http: {
        value: {
          ko: '요청 100만 건당, 512 KB 단위로 계량',
          en: 'Per million requests, metered in 512 KB increments',
        },
      },
      websocket: {
        value: {
          ko: '메시지 100만 건당(32 KB 단위) + 연결 시간 100만 분당',
          en: 'Per million messages (32 KB increments) + per million connection-minutes',
        },
      },
    },
    explanation: {
      ko: 'REST와 HTTP API는 받은 호출 수로, WebSocket API는 주고받은 메시지 수와 연결 시간(분)으로 과금합니다. 최소 요금이나 선결제 약정은 없습니다.',
      en: 'REST and HTTP APIs are billed by calls received; WebSocket APIs by messages sent and received plus connection-minutes. There are no minimum fees or upfront commitments.',
    },
    source: SOURCES.pricing,
  },
  {
    id: 'feat.first-tier-price',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: false,
    name: {
      ko: '첫 구간 가격(First-tier price, us-east-1, 2026년 표시 가격)',
      en: 'First-tier price (us-east-1, as listed in 2026)',
    },
    cells: {
      rest: { value: { ko: '호출 100만 건당 $3.50', en: '$3.50 per million calls' } },
      http: { value: { ko: '요청 100만 건당 $1.00', en: '$1.00 per million requests' } },
      websocket: {
        value: {
          ko: '메시지 100만 건당 $1.00 + 연결 시간 100만 분당 $0.25',
          en: '$1.00 per million messages + $0.25 per million connection-minutes',
        },
      },
    },
    explanation: {
      ko: 'us-east-1 첫 구간에서 HTTP API($1.00)는 REST API($3.50) 가격의 3분의 1이 안 됩니다. 가격은 바뀔 수 있으므로 숫자보다 이 관계를 기억합니다.',
      en: 'In the first us-east-1 tier, an HTTP API ($1.00) costs less than a third of a REST API ($3.50). Prices change, so remember the relation more than the digits.',
    },
    values: false,
    source: SOURCES.costWhitepaper,
  },
  {
    id: 'feat.cost',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: true,
    name: { ko: '비용(Cost)', en: 'Cost' },
    cells: {
      rest: { value: { ko: '상대적으로 비쌈', en: 'Relatively expensive' } },
      http: {
        value: {
          ko: '첫 구간 기준 REST보다 최대 71% 저렴',
          en: 'Up to 71% cheaper than REST at the first tier',
        },
      },
      websocket: {
        value: {
          ko: '메시지 수 + 연결 시간(분) 기준 과금',
          en: 'Billed per message + connection-minute',
        },
      },
    },
    explanation: {
      ko: 'HTTP API는 더 단순하고 가벼운 구조라 REST API보다 저렴합니다. AWS가 밝힌 절감 폭은 "최대 71%"이며, WebSocket API는 과금 방식 자체가 다릅니다.',
      en: 'HTTP APIs are simpler and lighter, so they cost less than REST APIs; AWS puts the saving at "up to 71%". WebSocket APIs are billed on a different basis altogether.',
    },
    source: SOURCES.httpGaAnnouncement,
    notesDiffer: {
      ko: '노트는 HTTP API가 "훨씬 저렴"하다고만 하지만, AWS는 "최대 71%"라고 합니다. 이는 첫 구간($1.00 대 $3.50) 기준이며, 호출량이 매우 많으면(REST 월 200억 건 초과) 약 40%로 줄어듭니다.',
      en: 'The notes just say HTTP APIs are "much cheaper", but AWS says "up to 71%". That holds at the first tier ($1.00 vs $3.50) and narrows to about 40% at very high volume (above 20 billion REST calls a month).',
    },
  },
  {
    id: 'feat.latency',
    kind: 'value',
    group: 'supplementary',
    official: false,
    core: true,
    name: { ko: '지연 시간(Latency)', en: 'Latency' },
    cells: {
      rest: { value: { ko: '상대적으로 높음', en: 'Relatively higher' } },
      http: {
        value: {
          ko: '낮음(AWS 주장: 최대 60% 감소)',
          en: 'Lower (AWS claims up to 60% lower)',
        },
      },
      websocket: { value: { ko: '지속적인 연결', en: 'Persistent connection' } },
    },
    explanation: {
      ko: 'HTTP API는 더 단순하고 가벼운 구조라 REST API보다 지연 시간이 낮습니다. WebSocket API는 하나의 지속적인 연결을 유지하며 메시지를 주고받습니다.',
      en: 'HTTP APIs are simpler and lighter, so they add less latency than REST APIs. A WebSocket API exchanges messages over one persistent connection.',
    },
    source: SOURCES.httpGaAnnouncement,
    notesDiffer: {
      ko: '노트는 HTTP API의 지연 시간이 "낮음"이라고만 하지만, AWS는 "최대 60% 감소"와 p99 기준 추가 지연 10 ms 미만을 제시합니다. 이는 마케팅 수치이지 보장이 아닙니다.',
      en: 'The notes just say HTTP API latency is "lower", but AWS claims "up to 60% reduction in latency" and under 10 ms of added latency at p99. These are marketing figures, not guarantees.',
    },
  },
];
