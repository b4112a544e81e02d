import { SOURCES } from './sources.ts';
import type { TopicFact } from './types.ts';

/**
 * Free-answer facts for the exam topics the comparison rows leave out: private APIs,
 * stages, caching, throttling, Lambda integrations, errors and metrics, custom domains,
 * authorizers, CORS and binary media, WebSocket connection management. Each was checked
 * against the AWS page in its `source`; where AWS changed the behaviour, the fact teaches
 * the current one and `notesDiffer` says what older material says.
 */
export const TOPIC_FACTS: readonly TopicFact[] = [
  // ---------------------------------------------------------------- private
  {
    id: 'topic.private-api-endpoint',
    topic: 'private',
    question: {
      ko: '프라이빗 REST API(private API)에 VPC 안에서 접근하려면 VPC에 무엇을 만들어야 하나요?',
      en: 'What must exist in a VPC for clients there to reach a private REST API?',
    },
    answer: {
      ko: 'API Gateway 실행 서비스 execute-api용 인터페이스 VPC 엔드포인트(interface VPC endpoint, com.amazonaws.{region}.execute-api)입니다.',
      en: 'An interface VPC endpoint for the API Gateway execution service, execute-api (com.amazonaws.{region}.execute-api).',
    },
    explanation: {
      ko: '엔드포인트 하나로 여러 프라이빗 API에 접근할 수 있고, AWS Direct Connect로 온프레미스에서도 이 엔드포인트를 통해 호출할 수 있습니다. 트래픽은 Amazon 네트워크를 벗어나지 않아 퍼블릭 인터넷과 격리됩니다. 프라이빗 엔드포인트는 REST API에만 있습니다.',
      en: 'One endpoint can reach many private APIs, and on-premises networks can use it over AWS Direct Connect. Traffic does not leave the Amazon network; it is isolated from the public internet. Private endpoints exist only for REST APIs.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.private-endpoint'],
    source: SOURCES.privateApis,
    core: false,
  },
  {
    id: 'topic.private-api-resource-policy',
    topic: 'private',
    question: {
      ko: '프라이빗 REST API를 만들고 VPC 엔드포인트도 만들었는데 모든 호출이 실패합니다. 무엇이 빠졌나요?',
      en: 'A private REST API and a VPC endpoint exist, but every call fails. What is missing?',
    },
    answer: {
      ko: '해당 VPC나 VPC 엔드포인트의 접근을 허용하는 리소스 정책(resource policy)입니다. aws:SourceVpce 또는 aws:SourceVpc 조건을 쓰고, 정책을 붙인 뒤 API를 다시 배포합니다.',
      en: 'A resource policy that allows the VPC or VPC endpoint, using aws:SourceVpce or aws:SourceVpc conditions; after attaching it, redeploy the API.',
    },
    explanation: {
      ko: 'AWS 문서에 따르면 리소스 정책을 붙이기 전까지 프라이빗 API에 대한 모든 호출은 실패합니다. 정책을 바꾸거나 저장하는 것만으로는 런타임 동작이 바뀌지 않으며 배포가 필요합니다. 다른 계정의 VPC 엔드포인트도 정책에서 허용할 수 있습니다.',
      en: 'AWS says all calls to a private API fail until a resource policy grants access. Saving a policy alone does not change runtime behaviour; the API must be deployed. The policy can also allow VPC endpoints in other accounts.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.private-endpoint', 'feat.resource-policies'],
    source: SOURCES.privateApis,
    core: false,
  },
  {
    id: 'topic.private-api-vs-private-integration',
    topic: 'private',
    question: {
      ko: '프라이빗 API(private API)와 프라이빗 통합(private integration)은 어떻게 다른가요?',
      en: 'How does a private API differ from a private integration?',
    },
    answer: {
      ko: '프라이빗 API는 "누가 API를 호출할 수 있는가"의 문제로, API 엔드포인트 자체를 VPC에서만 접근하게 합니다. 프라이빗 통합은 "API가 어디로 요청을 보내는가"의 문제로, VPC 링크(VPC link)를 통해 VPC 안의 백엔드로 요청을 전달합니다.',
      en: 'A private API is about who can call the API: the API endpoint itself is reachable only from VPCs. A private integration is about where the API sends requests: through a VPC link to a backend inside a VPC.',
    },
    explanation: {
      ko: '둘은 독립적입니다. 인터넷에 공개된 리전 API도 프라이빗 통합으로 VPC 안의 로드 밸런서를 호출할 수 있고, VPC 링크는 API 엔드포인트를 비공개로 만들지 않습니다.',
      en: 'The two are independent. A public Regional API can use a private integration to reach a load balancer inside a VPC, and a VPC link does not make the API endpoint private.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.private-endpoint', 'feat.private-nlb', 'feat.private-alb'],
    source: SOURCES.privateIntegration,
    core: false,
  },
  {
    id: 'topic.vpc-link-targets',
    topic: 'private',
    question: {
      ko: 'API 유형별로 VPC 링크(VPC link)가 연결할 수 있는 대상은 무엇인가요?',
      en: 'Which targets can a VPC link reach for each API type?',
    },
    answer: {
      ko: 'REST API: VPC 링크 V2로 ALB 또는 NLB(VPC 링크 V1은 NLB만, 레거시). HTTP API: ALB, NLB, AWS Cloud Map 서비스. WebSocket API: NLB.',
      en: 'REST API: ALB or NLB through a VPC link V2 (VPC link V1, now legacy, reaches NLBs only). HTTP API: ALB, NLB or an AWS Cloud Map service. WebSocket API: NLB.',
    },
    explanation: {
      ko: '로드 밸런서, VPC 링크, API는 모두 같은 AWS 계정에 있어야 합니다. REST API는 여전히 Cloud Map 프라이빗 통합을 지원하지 않습니다.',
      en: 'The load balancer, the VPC link and the API must all be in the same AWS account. REST APIs still do not support private integrations with Cloud Map.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.private-nlb', 'feat.private-alb', 'feat.private-cloud-map'],
    source: SOURCES.privateIntegration,
    core: false,
    notesDiffer: {
      ko: '2025년 11월 이전 자료는 REST API가 ALB에 닿으려면 ALB 앞에 NLB를 두고 VPC 링크(V1)를 써야 한다고 설명합니다. 현재 AWS 문서에 따르면 REST API는 VPC 링크 V2로 ALB에 바로 연결합니다.',
      en: 'Material from before November 2025 says a REST API can reach an ALB only by putting an NLB in front of it and using a VPC link (V1). Current AWS docs say a REST API reaches an ALB directly through a VPC link V2.',
    },
  },
  {
    id: 'topic.private-custom-domains',
    topic: 'private',
    question: {
      ko: '프라이빗 REST API에 사용자 지정 도메인 이름(custom domain name)을 쓸 수 있나요?',
      en: 'Can a private REST API use a custom domain name?',
    },
    answer: {
      ko: '예. 프라이빗 사용자 지정 도메인 이름을 만들고, 호출하는 쪽의 VPC 엔드포인트와 도메인 이름 액세스 연결(domain name access association)을 맺습니다.',
      en: 'Yes. You create a private custom domain name, and the caller’s VPC endpoint gets a domain name access association with it.',
    },
    explanation: {
      ko: '도메인 이름의 정책(policy)이 어떤 VPC 엔드포인트가 호출할 수 있는지를 정합니다. 다른 계정과는 API Gateway나 AWS RAM으로 공유합니다. 프라이빗 사용자 지정 도메인은 듀얼 스택(dualstack) IP 주소 유형만 가질 수 있습니다.',
      en: 'The domain name’s policy controls which VPC endpoints can invoke it; it can be shared with other accounts through API Gateway or AWS RAM. Private custom domain names can only have the dualstack IP address type.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.private-endpoint', 'feat.custom-domains'],
    source: SOURCES.privateCustomDomains,
    core: false,
    notesDiffer: {
      ko: '2024년 11월 이전 AWS 문서(2023년 문서 저장소 포함)는 프라이빗 API에 사용자 지정 도메인 이름을 쓸 수 없다고 합니다. 현재 문서는 프라이빗 사용자 지정 도메인 이름을 지원합니다.',
      en: 'AWS docs from before November 2024 (including the 2023 doc repo) say private APIs cannot have custom domain names. Current docs support private custom domain names.',
    },
  },

  // ---------------------------------------------------------------- stages
  {
    id: 'topic.deployment-snapshot',
    topic: 'stages',
    question: {
      ko: 'REST API에서 메서드나 통합을 수정했는데 클라이언트에게 반영되지 않습니다. 왜 그런가요?',
      en: 'A REST API method or integration was changed, but clients do not see the change. Why?',
    },
    answer: {
      ko: '배포(deployment)는 API 구성의 스냅샷이므로, 새 배포를 만들어 스테이지(stage)에 연결해야 변경이 반영됩니다.',
      en: 'A deployment is a snapshot of the API configuration, so the change takes effect only after you create a new deployment to the stage.',
    },
    explanation: {
      ko: 'REST API에는 자동 배포가 없습니다. 리소스 정책을 바꿨을 때도 다시 배포해야 합니다. HTTP API는 자동 배포(automatic deployments)를 켤 수 있습니다.',
      en: 'REST APIs have no automatic deployments; even a changed resource policy needs a new deployment. HTTP APIs can turn on automatic deployments.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.user-deployments', 'feat.automatic-deployments'],
    source: SOURCES.restDeploy,
    core: false,
  },
  {
    id: 'topic.v2-stage-autodeploy',
    topic: 'stages',
    question: {
      ko: 'API Gateway V2 스테이지의 AutoDeploy 속성은 어떤 API 유형에서 설정할 수 있나요?',
      en: 'On which API types can the AutoDeploy property of an API Gateway V2 stage be set?',
    },
    answer: {
      ko: 'V2 API인 HTTP API와 WebSocket API의 스테이지입니다. 켜면 API를 변경할 때마다 새 배포가 자동으로 만들어집니다(기본값 false).',
      en: 'Stages of the V2 APIs, HTTP and WebSocket. When it is on, every change to the API triggers a new deployment automatically (default false).',
    },
    explanation: {
      ko: 'V2 스테이지 리소스(API 참조, CloudFormation)는 AutoDeploy를 HTTP 전용으로 표시하지 않습니다(반면 clientCertificateId는 "WebSocket 전용"으로 표시). AWS 비교표의 "자동 배포" 행은 REST와 HTTP만 비교하며, WebSocket 가이드는 자동 배포를 쓰지 않을 때 변경마다 다시 배포해야 한다고 설명합니다. REST API에는 자동 배포가 없습니다.',
      en: 'The V2 stage resource (API reference, CloudFormation) does not mark AutoDeploy as HTTP-only (it does mark clientCertificateId as WebSocket-only). AWS’s comparison table row "Automatic deployments" compares only REST and HTTP, and the WebSocket guide describes redeploying after each change when auto-deploy is off. REST APIs have no automatic deployments.',
    },
    apiTypes: ['http', 'websocket'],
    rowIds: ['feat.automatic-deployments'],
    source: SOURCES.cfnV2Stage,
    core: false,
  },
  {
    id: 'topic.stage-variables',
    topic: 'stages',
    question: {
      ko: '스테이지 변수(stage variables)란 무엇이고 어디에 쓸 수 있나요?',
      en: 'What are stage variables, and where can they be used?',
    },
    answer: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      ko: '스테이지마다 정의하는 이름-값 쌍으로, 환경 변수처럼 HTTP 통합 URL, Lambda 함수 이름이나 별칭(alias), 매핑 템플릿 등에서 ${stageVariables.이름}으로 참조합니다.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      en: 'Name-value pairs defined per stage that act like environment variables; you reference them as ${stageVariables.name} in HTTP integration URLs, Lambda function names or aliases, mapping templates and more.',
    },
    explanation: {
      ko: '같은 API 설정으로 스테이지마다 다른 백엔드를 부를 수 있습니다. 자격 증명 같은 민감한 데이터에는 쓰지 않습니다. 스테이지 변수로 지정하는 Lambda 함수는 API와 같은 계정에 있어야 합니다.',
      en: 'They let one API setup call a different backend per stage. They are not meant for sensitive data such as credentials, and a Lambda function named by a stage variable must be in the same account as the API.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.user-deployments'],
    source: SOURCES.stageVariables,
    core: false,
  },
  {
    id: 'topic.stage-variable-lambda-alias',
    topic: 'stages',
    question: {
      ko: 'dev 스테이지는 Lambda 별칭 DEV를, prod 스테이지는 PROD를 호출하게 하려면 통합을 어떻게 설정하나요?',
      en: 'How do you make the dev stage call Lambda alias DEV and the prod stage call alias PROD?',
    },
    answer: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      ko: '통합의 함수 ARN을 function:{함수 이름}:${stageVariables.alias}처럼 설정하고, 각 스테이지에 alias 변수 값(DEV, PROD)을 둡니다. 그리고 각 별칭에 API Gateway의 lambda:InvokeFunction 권한을 추가합니다.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      en: 'Set the integration’s function ARN to function:{name}:${stageVariables.alias}, give each stage its alias value (DEV, PROD), and add a lambda:InvokeFunction permission for API Gateway on each alias.',
    },
    explanation: {
      ko: '스테이지 변수로 함수를 지정하면 콘솔이 권한을 자동으로 추가하지 않습니다. Lambda 리소스 기반 정책에 권한이 없으면 API는 500 Internal Server Error를 돌려줍니다.',
      en: 'When a stage variable names the function, the console does not add the permission for you; if the Lambda resource-based policy lacks it, the API returns 500 Internal Server Error.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.lambda'],
    source: SOURCES.stageVariablesReference,
    core: false,
  },
  {
    id: 'topic.stage-variable-permission-500',
    topic: 'stages',
    question: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      ko: '통합의 Lambda 함수를 ${stageVariables.fn}으로 바꾼 뒤 호출이 500 Internal Server Error로 실패합니다. 가장 흔한 원인은 무엇인가요?',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS stage variable syntax, not a template
      en: 'After the Lambda integration was changed to ${stageVariables.fn}, calls fail with 500 Internal Server Error. What is the usual cause?',
    },
    answer: {
      ko: '스테이지 변수가 가리키는 함수의 리소스 기반 정책에 API Gateway(apigateway.amazonaws.com)의 lambda:InvokeFunction 권한이 없기 때문입니다.',
      en: 'The resource-based policy of the function the stage variable points to does not give API Gateway (apigateway.amazonaws.com) lambda:InvokeFunction permission.',
    },
    explanation: {
      ko: 'aws lambda add-permission으로 스테이지 변수에 들어갈 수 있는 각 함수(또는 별칭)에 권한을 추가합니다. REST·WebSocket은 실행 로그, HTTP API는 액세스 로그의 $context.integrationErrorMessage에서 권한 오류를 확인할 수 있습니다.',
      en: 'Run aws lambda add-permission for every function (or alias) the variable can hold. The permission error shows in execution logs for REST and WebSocket APIs, and in $context.integrationErrorMessage in HTTP API access logs.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.lambda'],
    source: SOURCES.kcStageVariable500,
    core: false,
  },
  {
    id: 'topic.canary-release',
    topic: 'stages',
    question: {
      ko: 'REST API 카나리 릴리스(canary release)에서 설정하는 값들은 무엇인가요?',
      en: 'What do you set for a REST API canary release?',
    },
    answer: {
      ko: '스테이지의 canarySettings에 카나리로 보낼 트래픽 비율(percentTraffic, 0–100), 새 배포 ID, 스테이지 변수 재정의(stageVariableOverrides), 스테이지 캐시 사용 여부(useStageCache)를 지정합니다.',
      en: 'The stage’s canarySettings: the share of traffic for the canary (percentTraffic, 0–100), the new deployment ID, stage variable overrides (stageVariableOverrides), and whether to use the stage cache (useStageCache).',
    },
    explanation: {
      ko: '같은 스테이지 URL로 들어온 요청이 무작위로 나뉩니다. 카나리 요청은 /Canary 접미사가 붙은 별도 로그 그룹과 지표로 확인하고, 검증 후 승격(promote)합니다. 카나리 릴리스는 REST API 기능이며 HTTP API에는 없습니다.',
      en: 'Requests to the same stage URL are split at random. Canary requests get their own log group (with a /Canary suffix) and metrics; after checking them you promote the canary. Canary releases are a REST API feature; HTTP APIs lack them.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.canary'],
    source: SOURCES.canary,
    core: false,
  },

  // ---------------------------------------------------------------- caching
  {
    id: 'topic.cache-get-only-default',
    topic: 'caching',
    question: {
      ko: 'REST API 스테이지에서 캐싱을 켜면 어떤 메서드가 기본으로 캐시되나요?',
      en: 'When caching is turned on for a REST API stage, which methods are cached by default?',
    },
    answer: {
      ko: 'GET 메서드만 캐시됩니다. 다른 메서드는 메서드별 설정 재정의(override)로 캐싱을 켜야 합니다.',
      en: 'Only GET methods. Other methods are cached only if you turn caching on for them with a method-level override.',
    },
    explanation: {
      ko: 'AWS는 API의 안전성과 가용성을 위해 이 기본값을 권장합니다. 메서드별로 캐싱 사용 여부, TTL, 캐시 데이터 암호화를 따로 정할 수 있습니다.',
      en: 'AWS keeps this default for the safety and availability of the API. Per method you can turn caching on or off, change the TTL, and encrypt cached data.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching'],
    source: SOURCES.caching,
    core: false,
  },
  {
    id: 'topic.cache-keys',
    topic: 'caching',
    question: {
      ko: 'GET /products?category=books와 ?category=toys가 캐시에서 같은 응답을 받습니다. 무엇을 설정해야 하나요?',
      en: 'GET /products?category=books and ?category=toys get the same cached response. What must be configured?',
    },
    answer: {
      ko: 'category 쿼리 문자열 파라미터를 캐시 키(cache key)에 포함합니다.',
      en: 'Include the category query string parameter in the cache key.',
    },
    explanation: {
      ko: '메서드나 통합 파라미터(헤더, 경로, 쿼리 문자열) 중 캐시 키에 포함한 것만 응답을 구분합니다. 키에 없는 파라미터가 다른 요청은 같은 캐시 항목을 공유합니다.',
      en: 'Only the method or integration parameters (headers, path, query strings) you include in the cache key tell responses apart; requests that differ only in other parameters share one cache entry.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching'],
    source: SOURCES.caching,
    core: false,
  },
  {
    id: 'topic.cache-invalidation',
    topic: 'caching',
    question: {
      ko: '클라이언트가 캐시 항목 하나를 무효화하고 백엔드의 최신 응답을 받으려면 어떻게 하며, 어떤 권한이 필요한가요?',
      en: 'How does a client invalidate one cache entry and get a fresh backend response, and what permission does that need?',
    },
    answer: {
      ko: 'Cache-Control: max-age=0 헤더를 보내고, 호출자에게 해당 리소스에 대한 execute-api:InvalidateCache 권한이 있어야 합니다("권한 부여 필요(Require authorization)" 설정 시).',
      en: 'Send the Cache-Control: max-age=0 header; the caller needs execute-api:InvalidateCache on the resource (when "Require authorization" is set).',
    },
    explanation: {
      ko: 'InvalidateCache 정책이나 권한 부여 요구가 없으면 아무 클라이언트나 캐시를 무효화할 수 있어 지연 시간이 크게 늘 수 있습니다. 권한 없는 요청은 403으로 거부(FAIL_WITH_403)하거나, 헤더를 무시하고 경고 헤더를 붙여(SUCCEED_WITH_RESPONSE_HEADER) 또는 붙이지 않고(SUCCEED_WITHOUT_RESPONSE_HEADER) 처리할 수 있습니다. 교차 계정 무효화는 지원되지 않습니다.',
      en: 'Without an InvalidateCache policy or required authorization, any client can invalidate the cache, which can raise latency a lot. Unauthorized requests can be refused with 403 (FAIL_WITH_403) or served while ignoring the header, with a warning header (SUCCEED_WITH_RESPONSE_HEADER) or without (SUCCEED_WITHOUT_RESPONSE_HEADER). Cross-account invalidation is not supported.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching'],
    source: SOURCES.caching,
    core: false,
  },
  {
    id: 'topic.cache-capacity',
    topic: 'caching',
    question: {
      ko: 'REST API 캐시 용량(capacity)을 바꾸면 어떤 일이 일어나나요?',
      en: 'What happens when you change the capacity of a REST API cache?',
    },
    answer: {
      ko: 'API Gateway가 기존 캐시 인스턴스를 지우고 새 용량으로 다시 만들므로, 캐시된 데이터가 모두 삭제됩니다.',
      en: 'API Gateway deletes the existing cache instance and creates a new one with the new capacity, so all cached data is lost.',
    },
    explanation: {
      ko: '캐시 생성·삭제에는 약 4분이 걸리고, 다시 채워질 때까지 백엔드 호출이 늘어납니다. 용량은 CPU·메모리·네트워크 성능에도 영향을 주므로 AWS는 10분 부하 테스트로 확인하라고 권합니다. 캐시는 크기별 시간당 요금이며 프리 티어가 없습니다.',
      en: 'Creating or deleting a cache takes about 4 minutes, and backend calls rise until it refills. Capacity also sets CPU, memory and network performance, so AWS suggests a 10-minute load test. The cache is billed per hour by size, with no free tier.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching'],
    source: SOURCES.caching,
    core: false,
  },
  {
    id: 'topic.cache-monitoring',
    topic: 'caching',
    question: {
      ko: '응답이 API Gateway 캐시에서 제공되는지 어떻게 확인하나요?',
      en: 'How do you check that responses are served from the API Gateway cache?',
    },
    answer: {
      ko: 'CloudWatch의 CacheHitCount와 CacheMissCount 지표를 보거나 응답에 타임스탬프를 넣어 확인합니다.',
      en: 'Watch the CacheHitCount and CacheMissCount metrics in CloudWatch, or put a timestamp in the response.',
    },
    explanation: {
      ko: 'CloudFront 응답의 X-Cache 헤더로는 API Gateway 캐시 사용 여부를 판단하면 안 됩니다. 캐싱은 최선형(best-effort)이며, 캐시할 수 있는 응답 하나의 최대 크기는 1 MB입니다.',
      en: 'Do not use the X-Cache header from CloudFront to judge whether the API Gateway cache served a response. Caching is best-effort, and a single cached response can be at most 1 MB.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching', 'feat.cloudwatch-metrics'],
    source: SOURCES.caching,
    core: false,
  },

  // ---------------------------------------------------------------- throttling
  {
    id: 'topic.throttle-429-token-bucket',
    topic: 'throttling',
    question: {
      ko: 'API Gateway는 어떤 알고리즘으로 요청을 스로틀링하며, 한도를 넘으면 클라이언트는 무엇을 받나요?',
      en: 'Which algorithm does API Gateway use to throttle requests, and what does a client get when a limit is exceeded?',
    },
    answer: {
      ko: '토큰 버킷(token bucket) 알고리즘입니다. 정상 상태 속도(rate)와 버스트(burst)를 넘으면 429 Too Many Requests를 받습니다.',
      en: 'The token bucket algorithm. Above the steady-state rate and the burst, clients get 429 Too Many Requests.',
    },
    explanation: {
      ko: '스로틀은 최선형 목표치이지 보장된 상한이 아닙니다. 클라이언트는 429를 받으면 속도를 낮춰 다시 시도해야 합니다. 버스트는 API Gateway가 429를 돌려주기 전에 처리하는 최대 동시 요청 수(버킷 크기)입니다.',
      en: 'Throttles are best-effort targets, not guaranteed ceilings. On a 429 the client should retry at a lower rate. The burst is the bucket size: the most concurrent requests API Gateway serves before answering 429.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: [],
    source: SOURCES.throttling,
    core: false,
  },
  {
    id: 'topic.throttle-levels',
    topic: 'throttling',
    question: {
      ko: 'REST API 스로틀 설정은 어떤 순서로 적용되나요?',
      en: 'In what order are REST API throttling settings applied?',
    },
    answer: {
      ko: '① 사용량 계획(usage plan)의 클라이언트별·메서드별 한도 → ② 스테이지의 메서드별 한도 → ③ 계정 단위 리전 한도 → ④ AWS 리전 한도 순입니다.',
      en: '(1) Per-client or per-method limits in a usage plan, (2) per-method limits set on the stage, (3) the account-level limit per Region, (4) AWS Regional throttling.',
    },
    explanation: {
      ko: 'HTTP API에는 사용량 계획이 없고 WebSocket API에는 문서화된 사용량 계획 동작이 없으므로, 둘은 스테이지 기본값과 라우트별(route-level) 한도, 계정 한도를 씁니다. 라우트·스테이지 한도는 계정 한도를 넘을 수 없습니다.',
      en: 'HTTP APIs have no usage plans and WebSocket APIs document no usage plan behaviour, so both use stage defaults, route-level limits and the account limit. Route and stage limits cannot exceed the account limit.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.usage-plans', 'feat.per-client-rate-limiting'],
    source: SOURCES.throttling,
    core: false,
  },
  {
    id: 'topic.usage-plan-throttle-quota',
    topic: 'throttling',
    question: {
      ko: '사용량 계획(usage plan)은 무엇을 제한하며, 클라이언트는 어떻게 식별되나요?',
      en: 'What does a usage plan limit, and how are clients identified?',
    },
    answer: {
      ko: '스로틀(속도·버스트)과 할당량(quota, 일·주·월 요청 수)을 API 키별로 제한합니다. 클라이언트는 X-API-Key 헤더로 보낸 API 키(키 소스 HEADER)나 Lambda 권한 부여자가 돌려준 키(키 소스 AUTHORIZER)로 식별됩니다.',
      en: 'It sets a throttle (rate and burst) and a quota (requests per day, week or month) per API key. Clients are identified by the API key sent in the X-API-Key header (key source HEADER) or returned by a Lambda authorizer as usageIdentifierKey (key source AUTHORIZER).',
    },
    explanation: {
      ko: '한도는 사용량 계획에 묶인 모든 스테이지에 걸쳐 키별로 합산됩니다. 키가 없거나 틀리면 403 Forbidden, 할당량을 넘으면 429(QUOTA_EXCEEDED)입니다. 사용량 계획은 REST API 기능입니다.',
      en: 'Limits are counted per key across all stages in the plan. A missing or invalid key gets 403 Forbidden; an exceeded quota gets 429 (QUOTA_EXCEEDED). Usage plans are a REST API feature.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.usage-plans', 'feat.api-keys', 'feat.usage-plans-throttling'],
    source: SOURCES.usagePlans,
    core: false,
  },
  {
    id: 'topic.api-keys-not-authorization',
    topic: 'throttling',
    question: {
      ko: 'API 키(API keys)를 API의 인증·권한 부여 수단으로 쓰면 안 되는 이유는 무엇인가요?',
      en: 'Why should API keys not be used for authentication or authorization?',
    },
    answer: {
      ko: 'API 키는 식별과 사용량 측정용이기 때문입니다. 사용량 계획에 API가 여러 개면 한 API의 유효한 키로 계획 안의 모든 API에 접근할 수 있고, 키는 로그에 남는 헤더로 전송됩니다.',
      en: 'Keys are for identifying and metering clients. If a usage plan has several APIs, a valid key for one API reaches all of them, and keys travel in headers that can be logged.',
    },
    explanation: {
      ko: '접근 제어에는 IAM, Lambda 권한 부여자, Amazon Cognito 사용자 풀(또는 JWT 권한 부여자)을 쓰고, API 키는 그와 함께 사용량 측정에만 씁니다. 사용량 계획의 할당량·스로틀도 최선형이므로 비용 통제에는 AWS Budgets, 요청 차단에는 AWS WAF를 씁니다.',
      en: 'Use IAM, a Lambda authorizer or an Amazon Cognito user pool (or a JWT authorizer) for access control, with API keys alongside for metering only. Usage plan quotas and throttles are best-effort too, so use AWS Budgets to watch cost and AWS WAF to block requests.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.api-keys', 'feat.usage-plans'],
    source: SOURCES.usagePlans,
    core: false,
  },
  {
    id: 'topic.route-throttling-v2',
    topic: 'throttling',
    question: {
      ko: 'HTTP API나 WebSocket API에서 특정 라우트 하나만 더 낮은 속도로 제한하려면 어떻게 하나요?',
      en: 'How do you give a single route of an HTTP or WebSocket API a lower rate limit?',
    },
    answer: {
      ko: '스테이지의 라우트 설정(route settings)에 해당 라우트의 ThrottlingRateLimit과 ThrottlingBurstLimit을 지정합니다(라우트 수준 스로틀링).',
      en: 'Set ThrottlingRateLimit and ThrottlingBurstLimit for that route in the stage’s route settings (route-level throttling).',
    },
    explanation: {
      ko: '라우트 수준 한도는 모든 클라이언트에 함께 적용되며 계정 한도를 넘을 수 없습니다. 클라이언트(API 키)별로 다른 한도가 필요하면 REST API의 사용량 계획을 씁니다.',
      en: 'A route-level limit applies to all clients together and cannot exceed the account limit. For different limits per client (API key), use a REST API usage plan.',
    },
    apiTypes: ['http', 'websocket'],
    rowIds: ['feat.per-client-rate-limiting'],
    source: SOURCES.httpThrottling,
    core: false,
  },

  // ---------------------------------------------------------------- lambda
  {
    id: 'topic.lambda-proxy-response-format',
    topic: 'lambda',
    question: {
      ko: 'REST API Lambda 프록시 통합에서 함수가 돌려줘야 하는 응답 형식은 무엇이고, 형식이 틀리면 어떻게 되나요?',
      en: 'What response must a function return in a REST API Lambda proxy integration, and what happens if it does not?',
    },
    answer: {
      ko: 'statusCode, headers/multiValueHeaders(선택), 문자열 body, isBase64Encoded를 가진 JSON 객체입니다. 다른 형식이면 API Gateway가 502 Bad Gateway를 돌려줍니다.',
      en: 'A JSON object with statusCode, optional headers/multiValueHeaders, a string body, and isBase64Encoded. Any other shape makes API Gateway return 502 Bad Gateway.',
    },
    explanation: {
      ko: '프록시 통합에서는 통합 응답 매핑이 없으므로 함수가 HTTP 응답 전체를 만들어야 합니다. 클라이언트 오류도 예외를 던지지 말고 {"statusCode": 400, ...}처럼 형식에 맞춰 돌려줍니다.',
      en: 'A proxy integration has no integration response mapping, so the function must build the whole HTTP response. Even client errors should be returned in the format, e.g. {"statusCode": 400, ...}, rather than thrown.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.proxy-integrations', 'feat.lambda'],
    source: SOURCES.lambdaProxy,
    core: false,
  },
  {
    id: 'topic.lambda-non-proxy-error-mapping',
    topic: 'lambda',
    question: {
      ko: 'Lambda 비프록시(사용자 지정) 통합에서 함수 오류를 특정 HTTP 상태 코드로 바꾸려면 무엇을 설정하나요?',
      en: 'In a Lambda non-proxy (custom) integration, what maps a function error to a specific HTTP status code?',
    },
    answer: {
      ko: '통합 응답의 selectionPattern(정규식)입니다. API Gateway가 Lambda 오류의 errorMessage를 이 정규식과 비교해, 일치하는 통합 응답의 상태 코드로 돌려줍니다.',
      en: 'The integration response’s selectionPattern, a regular expression. API Gateway matches the Lambda error’s errorMessage against it and returns the matching response’s status code.',
    },
    explanation: {
      ko: '함수 코드를 바꾸지 않고 상태 코드와 본문을 매핑할 수 있는 것이 비프록시 통합의 장점입니다. 프록시 통합에는 통합 응답이 없으므로 함수가 statusCode를 직접 정합니다.',
      en: 'Mapping status codes and bodies without touching the function is what non-proxy integrations offer. Proxy integrations have no integration response, so the function sets statusCode itself.',
    },
    apiTypes: ['rest', 'websocket'],
    rowIds: ['feat.non-proxy-integrations'],
    source: SOURCES.lambdaErrors,
    core: false,
  },
  {
    id: 'topic.lambda-async-invocation',
    topic: 'lambda',
    question: {
      ko: 'REST API가 Lambda 함수를 비동기로 호출하게 하려면 어떻게 설정하나요?',
      en: 'How do you make a REST API invoke a Lambda function asynchronously?',
    },
    answer: {
      ko: "Lambda 비프록시 통합의 통합 요청에 X-Amz-Invocation-Type 헤더를 정적 값 'Event'로 추가합니다. 클라이언트가 고르게 하려면 메서드 요청의 InvocationType 헤더를 이 헤더로 매핑합니다.",
      en: "In a Lambda non-proxy integration, add the X-Amz-Invocation-Type header with the static value 'Event' to the integration request. To let clients choose, map a method request header InvocationType to it.",
    },
    explanation: {
      ko: 'AWS 문서는 이 설정을 비프록시(사용자 지정) 통합에 대해 설명합니다. 비동기로 호출하면 API 메서드는 함수 결과를 돌려주지 않으므로, 오래 걸리는 배치 작업을 받자마자 응답하는 데 씁니다.',
      en: 'AWS documents this setting for non-proxy (custom) integrations. With asynchronous invocation the API method does not return the function’s result, which suits long batch work that should be acknowledged at once.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.non-proxy-integrations', 'feat.lambda'],
    source: SOURCES.lambdaAsync,
    core: false,
  },
  {
    id: 'topic.http-payload-format',
    topic: 'lambda',
    question: {
      ko: 'HTTP API Lambda 통합의 페이로드 형식(payload format) 2.0은 1.0과 어떻게 다른가요?',
      en: 'How does payload format 2.0 of an HTTP API Lambda integration differ from 1.0?',
    },
    answer: {
      ko: '2.0에는 multiValueHeaders·multiValueQueryStringParameters가 없고(중복 값은 쉼표로 합침) cookies 필드가 있습니다. 함수가 statusCode 없이 유효한 JSON을 돌려주면 API Gateway가 200, application/json으로 응답을 추론합니다.',
      en: '2.0 has no multiValueHeaders or multiValueQueryStringParameters (duplicates are joined with commas) and adds a cookies field. If the function returns valid JSON without statusCode, API Gateway infers 200 and application/json.',
    },
    explanation: {
      ko: '1.0은 REST API 프록시 통합과 같은 구조(statusCode, headers, multiValueHeaders, body, isBase64Encoded)를 씁니다. 콘솔은 최신 버전을 기본으로 쓰지만 CLI·CloudFormation·SDK로 만들 때는 payloadFormatVersion을 반드시 지정해야 합니다.',
      en: '1.0 uses the same structure as REST API proxy integrations (statusCode, headers, multiValueHeaders, body, isBase64Encoded). The console defaults to the latest version, but with the CLI, CloudFormation or an SDK you must set payloadFormatVersion.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.lambda'],
    source: SOURCES.httpLambda,
    core: false,
  },
  {
    id: 'topic.http-lambda-500-debug',
    topic: 'lambda',
    question: {
      ko: 'HTTP API의 Lambda 통합이 {"message":"Internal Server Error"}를 돌려줄 때 원인은 어디서 확인하나요?',
      en: 'Where do you find the cause when an HTTP API Lambda integration returns {"message":"Internal Server Error"}?',
    },
    answer: {
      ko: '액세스 로그 형식에 $context.integrationErrorMessage를 추가해 CloudWatch Logs에서 확인합니다.',
      en: 'Add $context.integrationErrorMessage to the access log format and read it in CloudWatch Logs.',
    },
    explanation: {
      ko: 'HTTP API에는 실행 로그(execution logs)와 X-Ray가 없으므로 액세스 로그의 이 변수가 주된 단서입니다. 권한 누락이나 잘못된 응답 형식이 흔한 원인입니다.',
      en: 'HTTP APIs have no execution logs and no X-Ray, so this access log variable is the main clue. Missing permissions and malformed responses are common causes.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.execution-logs', 'feat.xray', 'feat.access-logs-cloudwatch'],
    source: SOURCES.httpLambdaTroubleshoot,
    core: false,
  },

  // ---------------------------------------------------------------- errors and metrics
  {
    id: 'topic.error-502-vs-504',
    topic: 'errors',
    question: {
      ko: 'API Gateway의 502와 504 오류는 각각 무엇을 뜻하나요?',
      en: 'What do API Gateway 502 and 504 errors each mean?',
    },
    answer: {
      ko: '502 Bad Gateway는 통합이 API Gateway가 쓸 수 없는 응답을 돌려준 경우(예: 형식이 틀린 Lambda 프록시 응답)입니다. 504는 통합 제한 시간 초과(INTEGRATION_TIMEOUT)나 통합 실패(INTEGRATION_FAILURE)입니다.',
      en: '502 Bad Gateway: the integration returned a response API Gateway cannot use (for example a malformed Lambda proxy response). 504: the integration timed out (INTEGRATION_TIMEOUT) or failed (INTEGRATION_FAILURE).',
    },
    explanation: {
      ko: 'REST API 통합 제한 시간은 기본 최대 29초이므로, 약 29초 뒤에 504가 난다면 백엔드가 너무 느린 것입니다. 두 오류 모두 5XXError 지표에 집계됩니다.',
      en: 'The REST API integration timeout defaults to at most 29 seconds, so a 504 after about 29 seconds points to a slow backend. Both errors count in the 5XXError metric.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.integration-timeout', 'feat.proxy-integrations'],
    source: SOURCES.gatewayResponseTypes,
    core: false,
  },
  {
    id: 'topic.error-4xx-family',
    topic: 'errors',
    question: {
      ko: 'API Gateway가 스스로 돌려주는 403, 401, 429는 각각 어떤 상황인가요?',
      en: 'In which situations does API Gateway itself return 403, 401 and 429?',
    },
    answer: {
      ko: '403: 권한 부여자 거부(ACCESS_DENIED), 잘못되거나 없는 API 키(INVALID_API_KEY), 존재하지 않는 리소스·메서드 호출이나 서명 누락(MISSING_AUTHENTICATION_TOKEN), WAF 차단(WAF_FILTERED) 등. 401: 권한 부여자가 호출자를 인증하지 못함(UNAUTHORIZED). 429: 스로틀 초과(THROTTLED)나 사용량 계획 할당량 초과(QUOTA_EXCEEDED).',
      en: '403: authorizer denial (ACCESS_DENIED), a missing or invalid API key (INVALID_API_KEY), calling a resource or method that does not exist or an unsigned call (MISSING_AUTHENTICATION_TOKEN), a WAF block (WAF_FILTERED), and others. 401: the authorizer could not authenticate the caller (UNAUTHORIZED). 429: throttling (THROTTLED) or an exceeded usage plan quota (QUOTA_EXCEEDED).',
    },
    explanation: {
      ko: '인증 설정이 없는 API에서 "Missing Authentication Token" 403이 나오면 대개 경로, 스테이지, 메서드가 틀린 것입니다. REST API는 게이트웨이 응답(gateway responses)으로 이 응답들의 상태 코드·헤더·본문을 바꿀 수 있습니다.',
      en: 'A "Missing Authentication Token" 403 on an API with no authorization usually means a wrong path, stage or method. REST APIs can change the status, headers and body of these responses with gateway responses.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.gateway-responses', 'feat.api-keys', 'feat.waf'],
    source: SOURCES.gatewayResponseTypes,
    core: false,
  },
  {
    id: 'topic.metric-latency-vs-integration',
    topic: 'errors',
    question: {
      ko: 'CloudWatch의 Latency와 IntegrationLatency 지표는 각각 무엇을 재나요?',
      en: 'What do the CloudWatch metrics Latency and IntegrationLatency each measure?',
    },
    answer: {
      ko: 'Latency는 API Gateway가 클라이언트 요청을 받은 때부터 응답을 돌려줄 때까지, IntegrationLatency는 백엔드에 요청을 보낸 때부터 백엔드 응답을 받을 때까지의 시간입니다.',
      en: 'Latency: from when API Gateway receives the client request until it returns the response. IntegrationLatency: from when it relays the request to the backend until it gets the backend’s response.',
    },
    explanation: {
      ko: 'Latency에는 IntegrationLatency와 그 밖의 API Gateway 처리 시간이 포함됩니다. Latency는 높은데 IntegrationLatency가 낮으면 지연은 백엔드가 아니라 API Gateway 쪽 처리(예: 권한 부여자 호출)에서 생깁니다.',
      en: 'Latency includes IntegrationLatency plus other API Gateway overhead. High Latency with low IntegrationLatency means the time is spent outside the backend, in API Gateway’s own processing (an authorizer call, for example).',
    },
    apiTypes: ['rest', 'http'],
    rowIds: ['feat.cloudwatch-metrics'],
    source: SOURCES.restMetrics,
    core: false,
  },
  {
    id: 'topic.metric-error-rates',
    topic: 'errors',
    question: {
      ko: 'REST API의 서버 오류율(%)로 경보를 만들려면 어떤 지표와 통계를 쓰나요?',
      en: 'Which metric and statistic give a REST API’s server-side error rate for an alarm?',
    },
    answer: {
      ko: '5XXError 지표의 Average 통계입니다. Sum은 오류 건수, Average는 오류 수를 전체 요청 수(Count)로 나눈 비율입니다.',
      en: 'The 5XXError metric with the Average statistic. Sum is the number of errors; Average is errors divided by all requests (Count).',
    },
    explanation: {
      ko: '클라이언트 오류는 4XXError, 전체 요청 수는 Count(SampleCount 통계)입니다. HTTP API는 같은 개념을 4xx, 5xx, Count 지표로, WebSocket API는 ConnectCount, MessageCount, IntegrationError, ClientError, ExecutionError로 봅니다.',
      en: 'Client errors are 4XXError, and total requests are Count (SampleCount statistic). HTTP APIs publish 4xx, 5xx and Count; WebSocket APIs publish ConnectCount, MessageCount, IntegrationError, ClientError and ExecutionError.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.cloudwatch-metrics'],
    source: SOURCES.restMetrics,
    core: false,
  },
  {
    id: 'topic.detailed-metrics',
    topic: 'errors',
    question: {
      ko: 'REST API의 지표를 메서드(리소스) 단위로 보려면 무엇을 켜야 하나요?',
      en: 'What must be turned on to see REST API metrics per method and resource?',
    },
    answer: {
      ko: '스테이지의 세부 CloudWatch 지표(detailed CloudWatch metrics, metricsEnabled)입니다. 켜면 추가 요금이 붙습니다.',
      en: 'Detailed CloudWatch metrics on the stage (metricsEnabled). They cost extra.',
    },
    explanation: {
      ko: '기본 지표는 API와 스테이지 단위입니다. HTTP·WebSocket API도 라우트 단위 지표를 보려면 스테이지에서 세부 지표를 켜야 합니다.',
      en: 'By default, metrics are per API and per stage. HTTP and WebSocket APIs also need detailed metrics turned on for per-route metrics.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.cloudwatch-metrics'],
    source: SOURCES.restMetrics,
    core: false,
  },

  // ---------------------------------------------------------------- domains
  {
    id: 'topic.domain-certificate-region',
    topic: 'domains',
    question: {
      ko: '사용자 지정 도메인의 ACM 인증서는 어느 리전에 있어야 하나요?',
      en: 'In which Region must the ACM certificate for a custom domain name be?',
    },
    answer: {
      ko: '엣지 최적화 사용자 지정 도메인은 us-east-1(미국 동부 버지니아 북부), 리전 사용자 지정 도메인은 API와 같은 리전입니다.',
      en: 'For an edge-optimized custom domain, us-east-1 (US East, N. Virginia); for a Regional custom domain, the same Region as the API.',
    },
    explanation: {
      ko: '엣지 최적화 도메인은 API Gateway가 관리하는 CloudFront 배포를 쓰기 때문입니다. HTTP API와 WebSocket API는 리전 엔드포인트만 있으므로 인증서도 API의 리전에 둡니다.',
      en: 'An edge-optimized domain uses a CloudFront distribution that API Gateway manages. HTTP and WebSocket APIs are Regional only, so their certificates live in the API’s Region.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.custom-domains', 'feat.edge-endpoint', 'feat.regional-endpoint'],
    source: SOURCES.customDomainPrereqs,
    core: false,
  },
  {
    id: 'topic.api-mappings',
    topic: 'domains',
    question: {
      ko: 'API 매핑(API mappings)은 무엇이며, 한 사용자 지정 도메인에 어떤 API들을 함께 매핑할 수 있나요?',
      en: 'What are API mappings, and which APIs can share one custom domain name?',
    },
    answer: {
      ko: 'API 매핑은 API의 스테이지를 사용자 지정 도메인의 경로(예: /orders)에 연결합니다. REST API와 HTTP API 스테이지는 같은 도메인에 함께 매핑할 수 있지만, WebSocket API용 도메인은 REST·HTTP API에 매핑할 수 없습니다.',
      en: 'An API mapping connects an API stage to a path (such as /orders) on a custom domain. REST and HTTP API stages can share a domain, but a WebSocket API’s custom domain cannot be mapped to REST or HTTP APIs.',
    },
    explanation: {
      ko: 'API Gateway는 가장 길게 일치하는 매핑 경로를 고르고, 일치하는 것이 없으면 빈 경로 (none) 매핑으로 보냅니다. 여러 단계 경로(orders/v1/items)는 리전 도메인과 TLS 1.2 보안 정책이 필요합니다. 도메인과 API는 같은 계정에 있어야 합니다.',
      en: 'API Gateway picks the longest matching mapping path and otherwise uses the empty (none) mapping. Multi-level paths such as orders/v1/items need a Regional domain with the TLS 1.2 security policy. The domain and the APIs must be in the same account.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.custom-domains'],
    source: SOURCES.restApiMappings,
    core: false,
  },
  {
    id: 'topic.mtls-requirements',
    topic: 'domains',
    question: {
      ko: 'API Gateway에서 상호 TLS(mutual TLS)를 쓰려면 무엇이 필요하고, 우회는 어떻게 막나요?',
      en: 'What does mutual TLS on API Gateway require, and how do you stop clients from bypassing it?',
    },
    answer: {
      ko: 'TLS_1_2 보안 정책을 쓰는 리전 사용자 지정 도메인, 그리고 Amazon S3에 올린 트러스트스토어(truststore)가 필요합니다. 클라이언트가 인증서 없이 호출하지 못하도록 기본 execute-api 엔드포인트를 비활성화합니다.',
      en: 'A Regional custom domain with the TLS_1_2 security policy and a truststore uploaded to Amazon S3. Disable the default execute-api endpoint so clients cannot call the API without a certificate.',
    },
    explanation: {
      ko: '기본 엔드포인트는 mTLS를 요구하지 않으므로 켜 두면 인증서 없이 접근할 수 있습니다. 향상된 보안 정책(SecurityPolicy_*)을 쓰는 도메인에는 mTLS를 켤 수 없습니다. API Gateway는 클라이언트 인증서를 Lambda 권한 부여자와 통합으로 전달합니다.',
      en: 'The default endpoint does not ask for mTLS, so leaving it on lets clients skip the certificate. A domain with an enhanced security policy (SecurityPolicy_*) cannot turn on mTLS. API Gateway passes client certificates on to Lambda authorizers and integrations.',
    },
    apiTypes: ['rest', 'http'],
    rowIds: ['feat.mtls', 'feat.custom-domains'],
    source: SOURCES.restMtls,
    core: false,
  },
  {
    id: 'topic.routing-rules',
    topic: 'domains',
    question: {
      ko: 'REST API 사용자 지정 도메인의 라우팅 규칙(routing rules)은 무엇을 기준으로 요청을 보내나요?',
      en: 'What can routing rules on a REST API custom domain route requests on?',
    },
    answer: {
      ko: 'HTTP 헤더 값, 기본 경로(base path), 또는 둘의 조합에 따라 특정 REST API 스테이지로 보냅니다. 라우팅 모드는 API_MAPPING_ONLY(기본값), ROUTING_RULE_ONLY, ROUTING_RULE_THEN_API_MAPPING입니다.',
      en: 'HTTP header values, the base path, or both, sending the request to a specific REST API stage. Routing modes: API_MAPPING_ONLY (default), ROUTING_RULE_ONLY and ROUTING_RULE_THEN_API_MAPPING.',
    },
    explanation: {
      ko: '규칙과 매핑을 함께 쓰면 규칙을 항상 먼저 평가합니다. 헤더 기반 버전 관리나 A/B 테스트에 씁니다. AWS는 REST API로 보낼 때 라우팅 규칙을 권장합니다.',
      en: 'With rules and mappings together, rules are always evaluated first. Use them for header-based versioning or A/B tests. AWS recommends routing rules when sending traffic to REST APIs.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.custom-domains'],
    source: SOURCES.routingRules,
    core: false,
    notesDiffer: {
      ko: '2025년 6월 이전 자료는 사용자 지정 도메인이 경로 기반 API 매핑(base path mapping)으로만 요청을 보낸다고 설명합니다. 현재 REST API는 헤더 기반 라우팅 규칙도 쓸 수 있습니다.',
      en: 'Material from before June 2025 says custom domains route only by path-based API (base path) mappings. REST APIs can now also use header-based routing rules.',
    },
  },
  {
    id: 'topic.tls-security-policies',
    topic: 'domains',
    question: {
      ko: 'API Gateway의 TLS_1_2 보안 정책은 어떤 TLS 버전을 받아들이며, 향상된 보안 정책(enhanced security policy)은 무엇인가요?',
      en: 'Which TLS versions does API Gateway’s TLS_1_2 security policy accept, and what is an enhanced security policy?',
    },
    answer: {
      ko: 'TLS_1_2 정책은 TLS 1.2와 TLS 1.3을 받아들이고 TLS 1.0을 거부합니다. SecurityPolicy_로 시작하는 향상된 보안 정책(예: TLS 1.3 전용)은 REST API와 그 사용자 지정 도메인에서 쓰며, 엔드포인트 액세스 모드(STRICT/BASIC)를 함께 지정해야 합니다.',
      en: 'TLS_1_2 accepts TLS 1.2 and TLS 1.3 and rejects TLS 1.0. Enhanced policies, whose names start with SecurityPolicy_ (for example TLS 1.3 only), are for REST APIs and their custom domains and require an endpoint access mode (STRICT or BASIC).',
    },
    explanation: {
      ko: '향상된 보안 정책을 쓰는 도메인에는 mTLS를 켤 수 없고 HTTP API를 매핑할 수 없습니다. TLS 1.3은 2024년 2월부터 리전 REST API, HTTP API, WebSocket API에서 지원됩니다.',
      en: 'A domain with an enhanced policy cannot use mTLS and cannot have HTTP APIs mapped to it. TLS 1.3 has been supported on Regional REST, HTTP and WebSocket APIs since February 2024.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.custom-domains', 'feat.mtls'],
    source: SOURCES.securityPolicies,
    core: false,
  },
  {
    id: 'topic.dualstack',
    topic: 'domains',
    question: {
      ko: 'IPv6 클라이언트가 API Gateway API를 호출하게 하려면 무엇을 바꾸나요?',
      en: 'What do you change so IPv6 clients can call an API Gateway API?',
    },
    answer: {
      ko: 'API(또는 사용자 지정 도메인)의 IP 주소 유형(IP address type)을 IPv4에서 dualstack으로 바꿉니다. REST, HTTP, WebSocket API와 사용자 지정 도메인 모두 지원하며, 재배포 없이 즉시 적용됩니다.',
      en: 'Change the IP address type of the API (or custom domain) from IPv4 to dualstack. REST, HTTP and WebSocket APIs and custom domains all support it, and the change applies immediately without a redeploy.',
    },
    explanation: {
      ko: '기본값은 IPv4입니다. 프라이빗 REST API와 프라이빗 사용자 지정 도메인은 dualstack만 가질 수 있습니다. 바꾸기 전에 IP 기반 리소스 정책 등이 IPv6 주소도 고려하는지 확인합니다.',
      en: 'The default is IPv4. Private REST APIs and private custom domains can only be dualstack. Before switching, check that IP-based policies also account for IPv6 callers.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.regional-endpoint'],
    source: SOURCES.restIpAddressType,
    core: false,
    notesDiffer: {
      ko: '2025년 3월 이전 자료에는 API Gateway 엔드포인트의 IPv6 설정이 없습니다. 현재는 IP 주소 유형을 dualstack으로 바꿔 IPv6 클라이언트를 받을 수 있습니다.',
      en: 'Material from before March 2025 has no IPv6 setting for API Gateway endpoints. Today the IP address type can be switched to dualstack to accept IPv6 clients.',
    },
  },

  // ---------------------------------------------------------------- authorizers
  {
    id: 'topic.lambda-authorizer-types',
    topic: 'authorizers',
    question: {
      ko: 'REST API의 TOKEN 권한 부여자와 REQUEST 권한 부여자는 호출자 신원을 어디서 받나요?',
      en: 'Where do REST API TOKEN and REQUEST Lambda authorizers get the caller’s identity?',
    },
    answer: {
      ko: 'TOKEN 권한 부여자는 헤더 하나에 담긴 베어러 토큰(예: JWT, OAuth 토큰)을, REQUEST 권한 부여자는 헤더, 쿼리 문자열, 스테이지 변수, $context 변수의 조합을 받습니다.',
      en: 'A TOKEN authorizer gets a bearer token (such as a JWT or OAuth token) from one header; a REQUEST authorizer gets a combination of headers, query strings, stage variables and $context variables.',
    },
    explanation: {
      ko: '권한 부여자는 IAM 정책과 principalId를 돌려주고, 선택적으로 context 맵과 usageIdentifierKey(API 키)도 돌려줍니다. WebSocket API는 REQUEST 유형만 지원합니다.',
      en: 'The authorizer returns an IAM policy and a principalId, and optionally a context map and a usageIdentifierKey (API key). WebSocket APIs support only the REQUEST type.',
    },
    apiTypes: ['rest', 'websocket'],
    rowIds: ['feat.lambda-authorizer'],
    source: SOURCES.lambdaAuthorizer,
    core: false,
  },
  {
    id: 'topic.lambda-authorizer-caching',
    topic: 'authorizers',
    question: {
      ko: 'REST API Lambda 권한 부여자의 결과 캐싱(authorization caching)은 어떻게 동작하나요?',
      en: 'How does result caching work for a REST API Lambda authorizer?',
    },
    answer: {
      ko: 'TTL 기본 300초, 최대 3600초(늘릴 수 없음)이며 0이면 캐싱이 꺼집니다. 캐시 키는 TOKEN 유형은 토큰 헤더, REQUEST 유형은 지정한 ID 소스(identity sources) 전체입니다.',
      en: 'The TTL defaults to 300 seconds, with a maximum of 3600 that cannot be raised; 0 turns caching off. The cache key is the token header for TOKEN authorizers and all the identity sources for REQUEST authorizers.',
    },
    explanation: {
      ko: '캐시된 정책은 같은 키로 들어온 API의 다른 메서드 호출에도 쓰이므로, 캐싱을 쓰려면 권한 부여자가 API 전체 메서드에 적용되는 정책을 돌려줘야 합니다. 메서드별 정책이 필요하면 TTL을 0으로 둡니다. 캐싱이 켜진 REQUEST 권한 부여자는 ID 소스가 없거나 비어 있으면 Lambda를 호출하지 않고 401을 돌려줍니다.',
      en: 'A cached policy is reused for calls to other methods with the same key, so with caching the authorizer must return a policy that covers all the API’s methods; for method-specific policies set the TTL to 0. With caching on, a REQUEST authorizer whose identity source is missing or empty returns 401 without invoking Lambda.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.lambda-authorizer'],
    source: SOURCES.lambdaAuthorizerConsole,
    core: false,
  },
  {
    id: 'topic.http-authorizer-caching',
    topic: 'authorizers',
    question: {
      ko: 'HTTP API Lambda 권한 부여자의 캐시를 라우트별로 나누려면 어떻게 하나요?',
      en: 'How do you make an HTTP API Lambda authorizer cache its result per route?',
    },
    answer: {
      ko: 'ID 소스(identity sources)에 $context.routeKey를 추가합니다. 기본적으로 캐시된 응답은 같은 권한 부여자를 쓰는 모든 라우트에 쓰입니다.',
      en: 'Add $context.routeKey to the identity sources. By default a cached response is used for every route that uses the authorizer.',
    },
    explanation: {
      ko: 'HTTP API에서 캐싱을 켜려면 ID 소스가 하나 이상 있어야 합니다. 간단한 응답(simple responses)을 켜면 캐시된 값이 일치하는 모든 요청을 허용하거나 거부하므로, 세밀한 권한이 필요하면 IAM 정책을 돌려줍니다. ID 소스가 요청에 없으면 Lambda를 호출하지 않고 401입니다.',
      en: 'Caching on an HTTP API needs at least one identity source. With simple responses, the cached value allows or denies every matching request, so return an IAM policy for finer control. If an identity source is missing from the request, the client gets 401 without Lambda being invoked.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.lambda-authorizer'],
    source: SOURCES.httpLambdaAuthorizer,
    core: false,
  },
  {
    id: 'topic.cognito-authorizer-scopes',
    topic: 'authorizers',
    question: {
      ko: 'REST API의 Cognito 사용자 풀 권한 부여자(COGNITO_USER_POOLS)에서 메서드에 OAuth 범위(scopes)를 설정하면 어떤 토큰을 보내야 하나요?',
      en: 'With a REST API Cognito user pool authorizer (COGNITO_USER_POOLS), which token must clients send when the method has OAuth scopes?',
    },
    answer: {
      ko: '액세스 토큰(access token)입니다. 범위가 없으면 ID 토큰(identity token)으로 검증하고, 범위가 있으면 액세스 토큰의 범위 중 하나가 메서드의 범위와 일치해야 합니다.',
      en: 'An access token. Without scopes the authorizer validates an ID token; with scopes, the access token must carry at least one of the method’s scopes.',
    },
    explanation: {
      ko: 'ID 토큰은 로그인한 사용자의 신원 클레임, 액세스 토큰은 리소스 서버의 사용자 지정 범위로 권한을 부여할 때 씁니다. 토큰은 보통 Authorization 헤더로 보냅니다.',
      en: 'ID tokens authorize on the signed-in user’s identity claims; access tokens authorize on custom scopes of a resource server. The token usually goes in the Authorization header.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.cognito'],
    source: SOURCES.cognitoAuthorizer,
    core: false,
  },
  {
    id: 'topic.http-api-cognito-jwt',
    topic: 'authorizers',
    question: {
      ko: 'HTTP API는 Amazon Cognito 사용자 풀의 토큰을 어떻게 검증하나요?',
      en: 'How does an HTTP API validate Amazon Cognito user pool tokens?',
    },
    answer: {
      ko: 'JWT 권한 부여자(JWT authorizer)로 검증합니다. 발급자(issuer)는 https://cognito-idp.{region}.amazonaws.com/{userPoolId}, 대상(audience)은 앱 클라이언트 ID로 설정합니다.',
      en: 'With a JWT authorizer: the issuer is https://cognito-idp.{region}.amazonaws.com/{userPoolId} and the audience is the app client ID.',
    },
    explanation: {
      ko: 'HTTP API에는 REST API의 COGNITO_USER_POOLS 유형 권한 부여자가 없습니다. AWS 비교표의 각주도 "JWT 권한 부여자로 Amazon Cognito를 사용할 수 있다"고 합니다.',
      en: 'HTTP APIs have no COGNITO_USER_POOLS authorizer type like REST APIs. AWS’s comparison table footnote says "You can use Amazon Cognito with a JWT authorizer".',
    },
    apiTypes: ['http'],
    rowIds: ['feat.cognito', 'feat.jwt-authorizer'],
    source: SOURCES.httpJwtAuthorizer,
    core: true,
    notesDiffer: {
      ko: '노트는 Cognito 사용자 풀을 REST API 보안 옵션으로만 소개하지만, HTTP API도 JWT 권한 부여자로 Cognito 토큰을 검증합니다.',
      en: 'The notes list Cognito user pools only among REST API security options, but HTTP APIs validate Cognito tokens with a JWT authorizer.',
    },
  },
  {
    id: 'topic.jwt-claims-validation',
    topic: 'authorizers',
    question: {
      ko: 'HTTP API JWT 권한 부여자는 토큰의 어떤 클레임을 검사하나요?',
      en: 'Which token claims does an HTTP API JWT authorizer check?',
    },
    answer: {
      ko: '발급자의 jwks_uri 공개 키로 서명을 확인하고, iss가 설정한 발급자와 같고, aud(없으면 client_id)가 설정한 대상 중 하나와 일치하며, exp·nbf·iat가 유효한지 검사합니다. 라우트에 범위가 있으면 scope 또는 scp 클레임에 그중 하나가 있어야 합니다.',
      en: 'It verifies the signature with the issuer’s jwks_uri keys, that iss equals the configured issuer, that aud (or client_id when aud is absent) matches a configured audience, and that exp, nbf and iat are valid. If the route has scopes, the scope or scp claim must hold at least one of them.',
    },
    explanation: {
      ko: '하나라도 실패하면 요청이 거부되고, 대상이 틀리면 401과 함께 www-authenticate 헤더에 "the token does not have a valid audience"가 나옵니다. 검증 뒤 클레임은 통합에 전달됩니다(예: event.requestContext.authorizer.jwt.claims).',
      en: 'If any check fails the request is denied; a wrong audience gives 401 with "the token does not have a valid audience" in the www-authenticate header. After validation the claims are passed to the integration (e.g. event.requestContext.authorizer.jwt.claims).',
    },
    apiTypes: ['http'],
    rowIds: ['feat.jwt-authorizer'],
    source: SOURCES.httpJwtAuthorizer,
    core: false,
  },
  {
    id: 'topic.rest-jwt-authorizer',
    topic: 'authorizers',
    question: {
      ko: 'REST API에도 기본 제공 JWT 권한 부여자(JWT authorizer)가 있나요?',
      en: 'Do REST APIs have a built-in JWT authorizer?',
    },
    answer: {
      ko: '예. 현재 AWS 문서에 따르면 리전, 엣지 최적화, 프라이빗 REST API에서 JWT 권한 부여자를 쓸 수 있으며, 함수 없이 게이트웨이에서 토큰을 검증합니다.',
      en: 'Yes. Current AWS docs say JWT authorizers work on Regional, edge-optimized and private REST APIs and validate tokens in the gateway, with no function.',
    },
    explanation: {
      ko: '신뢰할 발급자, 발급자별 대상, 서명 알고리즘, 필수 클레임을 정하고 메서드마다 범위를 요구할 수 있습니다. 유효한 토큰이라도 메서드의 범위가 없으면 403입니다. 프라이빗 API라도 IdP의 OIDC 검색 문서와 키 세트는 퍼블릭 인터넷에서 접근 가능해야 합니다. 사용자 지정 로직이 필요하면 여전히 Lambda 권한 부여자를 씁니다.',
      en: 'You declare trusted issuers, audiences per issuer, signing algorithms and required claims, and each method can require scopes; a valid token without any of the method’s scopes gets 403. Even for private APIs, the IdP’s OIDC discovery document and key set must be reachable from the public internet. For custom logic, a Lambda authorizer is still the tool.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.jwt-authorizer', 'feat.lambda-authorizer'],
    source: SOURCES.restJwtAuthorizer,
    core: true,
    notesDiffer: {
      ko: '노트와 이 변경 이전 자료(AWS 비교표 각주, 2023년 문서)는 REST API의 기본 권한 부여자가 Cognito 토큰만 받으며, 다른 IdP의 JWT는 Lambda 권한 부여자로 직접 검증해야 한다고 설명합니다. 현재 AWS 문서에 따르면 REST API에도 JWT 권한 부여자가 있습니다.',
      en: 'The notes and material from before this change (the comparison table footnote, the 2023 docs) say the REST API built-in authorizer accepts only Cognito tokens and that JWTs from other IdPs need a Lambda authorizer. Current AWS docs give REST APIs JWT authorizers too.',
    },
  },
  {
    id: 'topic.websocket-connect-identity',
    topic: 'authorizers',
    question: {
      ko: 'WebSocket API의 $connect Lambda 권한 부여자는 신원을 어디서 받고, ID 소스가 없으면 어떻게 되나요?',
      en: 'Where does a WebSocket $connect Lambda authorizer get identity, and what happens when an identity source is missing?',
    },
    answer: {
      ko: '연결 요청의 헤더나 쿼리 문자열 등 ID 소스(identity sources)에서 받습니다(REQUEST 유형). 설정한 ID 소스 값이 없으면 연결이 401로 거부됩니다.',
      en: 'From identity sources such as headers or query strings of the connection request (REQUEST type). If a configured identity value is missing, the connection is refused with 401.',
    },
    explanation: {
      ko: '권한 부여자는 $connect에만 붙일 수 있고, methodArn은 .../{stage}/$connect로 끝납니다. 경로 변수는 쓸 수 없습니다. $connect의 권한 부여자를 바꿔도 이미 연결된 클라이언트에는 영향이 없습니다.',
      en: 'The authorizer can be attached only to $connect, and its methodArn ends in .../{stage}/$connect; path variables are not available. Changing the $connect authorizer does not affect clients that are already connected.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.lambda-authorizer'],
    source: SOURCES.wsLambdaAuthorizer,
    core: false,
  },

  // ---------------------------------------------------------------- cors-binary
  {
    id: 'topic.cors-proxy-backend',
    topic: 'cors-binary',
    question: {
      ko: 'REST API에서 Lambda 프록시나 HTTP 프록시 통합을 쓸 때 CORS 응답 헤더는 누가 돌려줘야 하나요?',
      en: 'With a REST API Lambda proxy or HTTP proxy integration, who must return the CORS response headers?',
    },
    answer: {
      ko: '백엔드입니다. 프록시 통합에는 통합 응답이 없으므로 함수나 HTTP 백엔드가 Access-Control-Allow-Origin(필요하면 Access-Control-Allow-Headers 등)을 응답에 넣어야 합니다.',
      en: 'The backend. A proxy integration has no integration response, so the function or HTTP backend must put Access-Control-Allow-Origin (and Access-Control-Allow-Headers and so on, as needed) in its response.',
    },
    explanation: {
      ko: '콘솔의 "CORS 활성화"는 OPTIONS 메서드를 만들어 주지만, 프록시 통합의 실제 응답에는 CORS 헤더를 넣지 못합니다. 또 리소스에 CORS를 켜도 하위 리소스에는 자동으로 적용되지 않습니다.',
      en: 'The console’s "Enable CORS" creates the OPTIONS method, but it cannot add CORS headers to a proxy integration’s actual responses. Enabling CORS on a resource also does not apply it to child resources.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.cors', 'feat.proxy-integrations'],
    source: SOURCES.restCors,
    core: false,
  },
  {
    id: 'topic.http-cors-configuration',
    topic: 'cors-binary',
    question: {
      ko: 'HTTP API에 CORS 구성(corsConfiguration)을 설정하면 백엔드가 돌려준 CORS 헤더는 어떻게 되나요?',
      en: 'When an HTTP API has a CORS configuration, what happens to CORS headers returned by the backend?',
    },
    answer: {
      ko: 'API Gateway가 무시하고, 구성에 설정한 CORS 헤더를 응답에 넣습니다. 프리플라이트 OPTIONS 요청에는 OPTIONS 라우트가 없어도 자동으로 응답합니다.',
      en: 'API Gateway ignores them and adds the CORS headers from the configuration. It also answers preflight OPTIONS requests automatically, even with no OPTIONS route.',
    },
    explanation: {
      ko: '$default 라우트에 JWT 권한 부여자를 붙였다면 OPTIONS 요청도 권한 부여 대상이 되므로, 권한 부여 없는 OPTIONS /{proxy+} 라우트를 추가해 프리플라이트를 통과시킵니다.',
      en: 'If the $default route has a JWT authorizer, OPTIONS requests are authorized too, so add an OPTIONS /{proxy+} route without authorization to let preflight through.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.cors'],
    source: SOURCES.httpCors,
    core: false,
  },
  {
    id: 'topic.gateway-responses-cors',
    topic: 'cors-binary',
    question: {
      ko: '권한 부여자가 거부한 401·403 같은 API Gateway 오류 응답에 CORS 헤더를 넣으려면 어떻게 하나요?',
      en: 'How do you add CORS headers to errors that API Gateway itself returns, such as an authorizer’s 401 or 403?',
    },
    answer: {
      ko: 'REST API의 게이트웨이 응답(gateway responses), 예를 들어 DEFAULT_4XX나 UNAUTHORIZED에 Access-Control-Allow-Origin 응답 헤더를 추가하고 다시 배포합니다.',
      en: 'Add an Access-Control-Allow-Origin response header to the REST API’s gateway responses, for example DEFAULT_4XX or UNAUTHORIZED, and redeploy.',
    },
    explanation: {
      ko: '이런 응답은 통합을 거치지 않으므로 백엔드가 헤더를 넣을 수 없습니다. 헤더가 없으면 브라우저는 실제 오류 대신 CORS 오류만 보여 줍니다. 사용자 지정 게이트웨이 응답은 REST API 전용입니다.',
      en: 'These responses never reach the integration, so the backend cannot add headers; without them the browser shows a CORS error instead of the real one. Custom gateway responses are REST-only.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.gateway-responses', 'feat.cors'],
    source: SOURCES.gatewayResponsesConsole,
    core: false,
  },
  {
    id: 'topic.binary-media-lambda-proxy',
    topic: 'cors-binary',
    question: {
      ko: 'REST API Lambda 프록시 통합으로 PNG 이미지를 돌려주려면 무엇이 필요한가요?',
      en: 'What is needed to return a PNG image through a REST API Lambda proxy integration?',
    },
    answer: {
      ko: '함수가 body를 base64로 인코딩하고 isBase64Encoded를 true로 돌려주며, API의 binaryMediaTypes에 해당 미디어 유형(예: image/png 또는 */*)을 추가해야 합니다.',
      en: 'The function returns the body base64-encoded with isBase64Encoded set to true, and the API’s binaryMediaTypes lists the media type (for example image/png or */*).',
    },
    explanation: {
      ko: 'API Gateway는 클라이언트 Accept 헤더의 첫 번째 미디어 유형으로 바이너리 여부를 판단합니다. 브라우저처럼 Accept 순서를 통제할 수 없으면 binaryMediaTypes를 */*로 둡니다. 비프록시 통합은 contentHandling(CONVERT_TO_BINARY/CONVERT_TO_TEXT)으로 변환을 정합니다.',
      en: 'API Gateway decides on binary from the first media type in the client’s Accept header; when you cannot control that order, as with browsers, set binaryMediaTypes to */*. Non-proxy integrations set conversion with contentHandling (CONVERT_TO_BINARY or CONVERT_TO_TEXT).',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.proxy-integrations'],
    source: SOURCES.binaryMediaTypes,
    core: false,
  },

  // ---------------------------------------------------------------- websocket-management
  {
    id: 'topic.ws-manage-connections-permission',
    topic: 'websocket-management',
    question: {
      ko: '백엔드가 @connections API(PostToConnection 등)를 호출하려면 어떤 IAM 권한이 필요한가요?',
      en: 'Which IAM permission does a backend need to call the @connections API (PostToConnection and so on)?',
    },
    answer: {
      ko: 'execute-api:ManageConnections입니다. 리소스는 arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/POST/@connections/* 형식입니다.',
      en: 'execute-api:ManageConnections, on resources of the form arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/POST/@connections/*.',
    },
    explanation: {
      ko: 'ManageConnections는 Invoke, InvalidateCache와 같은 execute-api 액션으로, @connections 접근을 제어합니다. 호출은 SigV4로 서명하며 보통 SDK의 ApiGatewayManagementApi 클라이언트를 https://{api-id}.execute-api.{region}.amazonaws.com/{stage} 엔드포인트로 만들어 씁니다.',
      en: 'ManageConnections is an execute-api action like Invoke and InvalidateCache and controls access to @connections. Calls are SigV4-signed, usually through an SDK ApiGatewayManagementApi client whose endpoint is https://{api-id}.execute-api.{region}.amazonaws.com/{stage}.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.iam', 'feat.communication-model'],
    source: SOURCES.wsIam,
    core: false,
  },
  {
    id: 'topic.ws-gone-exception',
    topic: 'websocket-management',
    question: {
      ko: 'PostToConnection이 410 GoneException을 돌려주는 경우는 언제이고, 어떻게 처리하나요?',
      en: 'When does PostToConnection return 410 GoneException, and how should it be handled?',
    },
    answer: {
      ko: '그 연결 ID의 연결이 더 이상 없을 때(연결 종료, 끊긴 뒤 같은 ID로 재연결 시도, 연결 수립 전 전송)입니다. 저장소에서 그 연결 ID를 지우고 다음 연결로 넘어갑니다.',
      en: 'When the connection for that ID no longer exists (it closed, the client reconnected expecting the same ID, or the message was sent before the connection was established). Delete the ID from your store and move on.',
    },
    explanation: {
      ko: '$disconnect는 최선형이라 호출되지 않을 수 있으므로, 410 처리는 오래된 연결 ID를 정리하는 중요한 경로입니다. 연결은 $connect 통합이 끝나야 수립되므로 $connect 함수 안에서 바로 PostToConnection을 호출하지 않습니다.',
      en: '$disconnect is best-effort and may not run, so handling 410 is an important way to clean out stale IDs. The connection exists only after the $connect integration finishes, so do not call PostToConnection from inside the $connect function.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.kc410Gone,
    core: false,
  },
];
