import { SOURCES } from './sources.ts';
import type { ConceptFact } from './types.ts';

/** Free-answer facts: WebSocket concepts and limits, cost, latency and quotas. */
export const CONCEPT_FACTS: readonly ConceptFact[] = [
  // ---- WebSocket ----
  {
    id: 'ws.connect-route',
    topic: 'websocket',
    question: {
      ko: '$connect 라우트는 언제 실행되나요?',
      en: 'When does the $connect route run?',
    },
    answer: {
      ko: '클라이언트와의 연결이 설정되는 동안 실행됩니다.',
      en: 'While the connection with the client is being set up.',
    },
    explanation: {
      ko: '연결 업그레이드 요청은 $connect 통합이 끝날 때까지 대기합니다. 권한 부여도 이 단계에서만 이루어집니다.',
      en: 'The upgrade request stays pending until the $connect integration finishes, and authorization happens at this step only.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsConnectDisconnect,
    core: false,
  },
  {
    id: 'ws.disconnect-best-effort',
    topic: 'websocket',
    question: {
      ko: '$disconnect 라우트는 반드시 호출되나요?',
      en: 'Is the $disconnect route guaranteed to run?',
    },
    answer: {
      ko: '아니요. 최선형(best-effort) 전달이라 보장되지 않습니다.',
      en: 'No. Its delivery is best-effort, not guaranteed.',
    },
    explanation: {
      ko: '$disconnect는 클라이언트나 서버가 연결을 닫은 뒤 실행되지만, 전달이 최선형이라 호출되지 않을 수도 있습니다.',
      en: '$disconnect runs after the client or the server closes the connection, but delivery is best-effort, so it may not run at all.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsConnectDisconnect,
    core: false,
  },
  {
    id: 'ws.default-route',
    topic: 'websocket',
    question: {
      ko: '$default 라우트로 가는 메시지는 어떤 메시지인가요?',
      en: 'Which messages go to the $default route?',
    },
    answer: {
      ko: '라우트 선택 표현식을 평가할 수 없거나 일치하는 라우트가 없는 메시지, 그리고 JSON이 아닌 메시지입니다.',
      en: 'Messages for which the route selection expression cannot be evaluated or matches no route, and non-JSON messages.',
    },
    explanation: {
      ko: '$default는 대체(fallback) 라우트입니다. 라우트 선택은 JSON 메시지를 기준으로 하므로 JSON이 아닌 메시지도 $default로 갑니다.',
      en: '$default is the fallback route. Route selection works on JSON messages, so non-JSON messages also go to $default.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsRoutes,
    core: false,
  },
  {
    id: 'ws.no-default-route',
    topic: 'websocket',
    question: {
      ko: '$default 라우트가 없는 API에 어떤 라우트와도 일치하지 않는 메시지가 오면 어떻게 되나요?',
      en: 'In an API with no $default route, what happens to a message that matches no route?',
    },
    answer: {
      ko: '클라이언트가 오류를 받습니다.',
      en: 'The client gets an error.',
    },
    explanation: {
      ko: '일치하지 않는 메시지를 받아 줄 대체 라우트가 없기 때문입니다. 알 수 없는 메시지나 JSON이 아닌 메시지를 처리하려면 $default 라우트를 둡니다.',
      en: 'There is no fallback route to take the unmatched message. To handle unknown or non-JSON messages, add a $default route.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsRoutes,
    core: false,
  },
  {
    id: 'ws.route-selection-expression',
    topic: 'websocket',
    question: {
      ko: 'WebSocket API에서 들어오는 JSON 메시지를 어느 라우트로 보낼지 정하는 API 수준 속성은 무엇인가요?',
      en: 'In a WebSocket API, which API-level attribute decides which route an incoming JSON message goes to?',
    },
    answer: {
      ko: '라우트 선택 표현식(route selection expression)입니다. 예: $request.body.action',
      en: 'The route selection expression, e.g. $request.body.action.',
    },
    explanation: {
      ko: '표현식이 $request.body.action이면 메시지 본문의 action 필드 값으로 라우트를 고릅니다.',
      en: 'With $request.body.action, the value of the action field in the message body selects the route.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsRoutes,
    core: false,
  },
  {
    id: 'ws.route-key-match',
    topic: 'websocket',
    question: {
      ko: '라우트 선택 표현식의 결과는 라우트 키(route key)와 어떻게 비교되나요?',
      en: 'How is the result of the route selection expression compared with route keys?',
    },
    answer: {
      ko: '라우트 키와 정확히 일치해야 합니다.',
      en: 'It must match a route key exactly.',
    },
    explanation: {
      ko: '예를 들어 action 값이 sendmessage이면 라우트 키가 정확히 sendmessage인 라우트가 선택됩니다. 일치하는 키가 없으면 $default 라우트로 갑니다.',
      en: 'For example, if action is sendmessage, the route whose key is exactly sendmessage is chosen. If no key matches, the message goes to $default.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsRoutes,
    core: false,
  },
  {
    id: 'ws.custom-route-key-prefix',
    topic: 'websocket',
    question: {
      ko: '사용자 지정 라우트 키(route key)는 어떤 문자로 시작할 수 없나요?',
      en: 'Which character can a custom route key not start with?',
    },
    answer: {
      ko: '$ 문자',
      en: 'The $ character.',
    },
    explanation: {
      ko: '$로 시작하는 키는 $connect, $disconnect, $default 같은 미리 정의된 라우트가 씁니다.',
      en: 'Keys starting with $ belong to the predefined routes such as $connect, $disconnect and $default.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsRoutes,
    core: false,
  },
  {
    id: 'ws.connections-url',
    topic: 'websocket',
    question: {
      ko: '백엔드가 특정 WebSocket 클라이언트에 접근할 때 쓰는 콜백 URL의 형식은 무엇인가요?',
      en: 'What is the form of the callback URL a backend uses to reach one WebSocket client?',
    },
    answer: {
      ko: 'https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/@connections/{connection_id}',
      en: 'https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/@connections/{connection_id}',
    },
    explanation: {
      ko: '연결 ID(connection_id)로 대상 클라이언트를 지정합니다. 이 URL은 $context의 도메인 이름과 스테이지 값으로 만들 수 있습니다.',
      en: 'The connection ID picks the target client. The URL can be built from the domain name and stage values in $context.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsConnections,
    core: false,
  },
  {
    id: 'ws.connections-post',
    topic: 'websocket',
    question: {
      ko: '백엔드가 @connections URL에 POST 요청을 보내면 어떤 일이 일어나나요?',
      en: 'What does a backend POST to the @connections URL do?',
    },
    answer: {
      ko: '해당 클라이언트에 메시지를 보냅니다.',
      en: 'It sends a message to that client.',
    },
    explanation: {
      ko: '클라이언트 요청 없이 서버가 데이터를 푸시하는 방법입니다. 보통 API Gateway Management API의 PostToConnection으로 호출합니다.',
      en: 'This is how the server pushes data without a client request. It is usually called through PostToConnection in the API Gateway Management API.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsConnections,
    core: false,
  },
  {
    id: 'ws.connections-get',
    topic: 'websocket',
    question: {
      ko: '백엔드가 @connections URL에 GET 요청을 보내면 어떤 일이 일어나나요?',
      en: 'What does a backend GET on the @connections URL do?',
    },
    answer: {
      ko: '해당 연결의 상태를 조회합니다.',
      en: 'It reads the status of that connection.',
    },
    explanation: {
      ko: 'GET은 연결을 바꾸지 않고 연결 정보만 확인합니다. 메시지 전송과 연결 해제는 다른 HTTP 메서드로 합니다.',
      en: 'GET only reads connection information without changing the connection. Sending and disconnecting use other HTTP methods.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsConnections,
    core: false,
  },
  {
    id: 'ws.connections-delete',
    topic: 'websocket',
    question: {
      ko: '백엔드가 @connections URL에 DELETE 요청을 보내면 어떤 일이 일어나나요?',
      en: 'What does a backend DELETE on the @connections URL do?',
    },
    answer: {
      ko: '해당 클라이언트의 연결을 끊습니다.',
      en: 'It disconnects that client.',
    },
    explanation: {
      ko: '백엔드가 특정 클라이언트를 서버 쪽에서 연결 해제할 때 씁니다.',
      en: 'The backend uses it to disconnect a specific client from the server side.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsConnections,
    core: false,
  },
  {
    id: 'ws.connections-auth',
    topic: 'websocket',
    question: {
      ko: '백엔드가 @connections API를 호출할 때 쓰는 인증 방식은 무엇인가요?',
      en: 'How does a backend authenticate its calls to the @connections API?',
    },
    answer: {
      ko: 'IAM 인증, 즉 SigV4 서명입니다.',
      en: 'IAM authentication, i.e. SigV4 signing.',
    },
    explanation: {
      ko: '보통 AWS SDK의 API Gateway Management API(ApiGatewayManagementApi)로 호출하며, 호출하는 쪽에 IAM 권한이 있어야 합니다.',
      en: 'Calls usually go through the API Gateway Management API (ApiGatewayManagementApi) in an AWS SDK, and the caller needs IAM permission.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.iam'],
    source: SOURCES.wsConnections,
    core: false,
  },
  {
    id: 'ws.auth-connect-only',
    topic: 'websocket',
    question: {
      ko: 'WebSocket API에서 권한 부여를 설정할 수 있는 라우트는 어디인가요?',
      en: 'On which route can a WebSocket API have authorization?',
    },
    answer: {
      ko: '$connect 라우트뿐입니다.',
      en: 'Only on the $connect route.',
    },
    explanation: {
      ko: 'IAM이나 REQUEST 유형 Lambda 권한 부여자(Lambda Authorizer)로 연결 시점에 한 번 권한을 확인합니다. 이후 메시지 라우트에는 권한 부여를 설정할 수 없습니다.',
      en: 'IAM or a REQUEST-type Lambda authorizer checks access once, at connect time. The message routes that follow cannot have authorization.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.iam', 'feat.lambda-authorizer'],
    source: SOURCES.wsConnectDisconnect,
    core: false,
  },
  {
    id: 'ws.auth-failure',
    topic: 'websocket',
    question: {
      ko: '$connect에서 권한 부여가 실패하면 클라이언트는 어떤 결과를 받나요?',
      en: 'What does the client get when authorization fails on $connect?',
    },
    answer: {
      ko: '연결이 맺어지지 않고 401 또는 403 응답을 받습니다.',
      en: 'No connection is made, and it gets a 401 or 403 response.',
    },
    explanation: {
      ko: '업그레이드 요청은 $connect 처리가 끝날 때까지 대기하므로, 권한 부여가 실패하면 WebSocket 연결 자체가 생기지 않습니다.',
      en: 'The upgrade request waits for $connect to finish, so when authorization fails the WebSocket connection is never created.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.iam', 'feat.lambda-authorizer'],
    source: SOURCES.wsConnectDisconnect,
    core: false,
  },
  {
    id: 'ws.lambda-authorizer-type',
    topic: 'websocket',
    question: {
      ko: 'WebSocket API가 지원하는 Lambda 권한 부여자(Lambda Authorizer) 유형은 무엇인가요?',
      en: 'Which Lambda authorizer type do WebSocket APIs support?',
    },
    answer: {
      ko: 'REQUEST 유형만 지원합니다.',
      en: 'Only the REQUEST type.',
    },
    explanation: {
      ko: 'REST API는 TOKEN과 REQUEST 유형을 모두 쓰지만, WebSocket API는 $connect에서 REQUEST 유형만 씁니다.',
      en: 'REST APIs can use both TOKEN and REQUEST types, but WebSocket APIs use only the REQUEST type, on $connect.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.lambda-authorizer'],
    source: SOURCES.lambdaAuthorizer,
    core: false,
  },
  {
    id: 'ws.connect-integration-optional',
    topic: 'websocket',
    question: {
      ko: '$connect 라우트에 통합(integration)을 꼭 연결해야 하나요?',
      en: 'Must the $connect route have an integration?',
    },
    answer: {
      ko: '아니요, 선택 사항입니다.',
      en: 'No, it is optional.',
    },
    explanation: {
      ko: '흔히 $connect 통합에서 연결 ID를 DynamoDB 같은 저장소에 저장해 두고, 나중에 @connections로 메시지를 보낼 때 씁니다.',
      en: 'It is commonly used to store connection IDs, for example in DynamoDB, so the backend can reach clients later through @connections.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsConnectDisconnect,
    core: false,
  },
  {
    id: 'ws.backend-to-client-ways',
    topic: 'websocket',
    question: {
      ko: 'WebSocket 백엔드가 클라이언트에 데이터를 보내는 두 가지 방법은 무엇인가요?',
      en: 'What are the two ways a WebSocket backend sends data to clients?',
    },
    answer: {
      ko: '라우트 응답(route response)으로 통합 응답을 돌려주는 방법과 @connections API를 호출하는 방법입니다.',
      en: 'Returning an integration response through a route response, or calling the @connections API.',
    },
    explanation: {
      ko: '라우트 응답은 클라이언트가 보낸 메시지에 대한 응답이고, @connections API는 클라이언트 요청 없이도 보낼 수 있습니다.',
      en: 'A route response answers a message the client sent; the @connections API can send without any client request.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsDataFromBackend,
    core: false,
  },
  {
    id: 'ws.connection-duration',
    topic: 'websocket',
    question: {
      ko: 'WebSocket 연결은 최대 얼마 동안 유지되나요?',
      en: 'What is the maximum duration of a WebSocket connection?',
    },
    answer: {
      ko: '2시간이며 늘릴 수 없습니다.',
      en: '2 hours, and it cannot be increased.',
    },
    explanation: {
      ko: '2시간이 지나면 연결이 끊기므로 클라이언트는 다시 연결해야 합니다.',
      en: 'After 2 hours the connection closes, so clients must reconnect.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.idle-timeout',
    topic: 'websocket',
    question: {
      ko: 'WebSocket 연결의 유휴 제한 시간(idle timeout)은 얼마인가요?',
      en: 'What is the idle timeout of a WebSocket connection?',
    },
    answer: {
      ko: '10분이며 늘릴 수 없습니다.',
      en: '10 minutes, and it cannot be increased.',
    },
    explanation: {
      ko: '연결이 10분 동안 유휴 상태이면 끊기므로 클라이언트는 다시 연결해야 합니다.',
      en: 'A connection idle for 10 minutes is closed, so the client must reconnect.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.communication-model'],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.frame-size',
    topic: 'websocket',
    question: {
      ko: 'WebSocket 프레임의 최대 크기는 얼마이고, 그보다 큰 메시지는 어떻게 보내나요?',
      en: 'What is the maximum WebSocket frame size, and how is a larger message sent?',
    },
    answer: {
      ko: '32 KB입니다. 더 큰 메시지는 32 KB 이하 프레임으로 나눠 보냅니다.',
      en: '32 KB. A larger message is split into frames of 32 KB or less.',
    },
    explanation: {
      ko: '메시지 전체는 최대 128 KB까지 가능하므로, 큰 메시지는 여러 프레임에 나뉘어 전송됩니다.',
      en: 'A whole message can be up to 128 KB, so a large message travels in several frames.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.max-payload'],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.message-too-large',
    topic: 'websocket',
    question: {
      ko: 'WebSocket 메시지 페이로드 한도는 얼마이고, 메시지나 프레임이 한도를 넘으면 어떻게 되나요?',
      en: 'What is the WebSocket message payload limit, and what happens when a message or frame exceeds its limit?',
    },
    answer: {
      ko: '128 KB입니다. 한도를 넘으면 연결이 종료 코드 1009로 닫힙니다.',
      en: '128 KB. Exceeding a limit closes the connection with code 1009.',
    },
    explanation: {
      ko: '한도를 넘는 메시지는 오류 응답으로 끝나지 않고 연결 자체가 닫힙니다. REST와 HTTP API의 10 MB보다 훨씬 작은 한도입니다.',
      en: 'An oversized message does not just get an error: the connection itself closes. The limit is far smaller than the 10 MB of REST and HTTP APIs.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.max-payload'],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.new-connection-rate',
    topic: 'websocket',
    question: {
      ko: '계정·리전당 WebSocket 새 연결 수의 기본 할당량은 얼마인가요?',
      en: 'What is the default quota for new WebSocket connections per account per Region?',
    },
    answer: {
      ko: '초당 500개이며 늘릴 수 있습니다.',
      en: '500 new connections per second, and it can be increased.',
    },
    explanation: {
      ko: '연결 시간이 최대 2시간이므로, 이 연결 속도가 동시에 열려 있을 수 있는 연결 수를 간접적으로 정합니다.',
      en: 'Because a connection lasts at most 2 hours, this rate indirectly sets how many connections can be open at once.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.concurrent-connections',
    topic: 'websocket',
    question: {
      ko: 'WebSocket 동시 연결 수에 별도 할당량이 있나요?',
      en: 'Is there a quota on concurrent WebSocket connections?',
    },
    answer: {
      ko: '없습니다. 최대치는 새 연결 속도와 2시간 연결 시간으로 정해집니다.',
      en: 'No. The maximum follows from the new-connection rate and the 2-hour connection duration.',
    },
    explanation: {
      ko: 'AWS 예시로, 초당 500개 × 7,200초(2시간) = 360만 연결입니다.',
      en: "AWS's example: 500 per second × 7,200 seconds (2 hours) = 3.6 million connections.",
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.routes-per-api',
    topic: 'websocket',
    question: {
      ko: 'WebSocket API의 API당 라우트 기본 할당량은 얼마이며, 늘릴 수 있나요?',
      en: 'What is the default quota of routes per WebSocket API, and can it be raised?',
    },
    answer: {
      ko: '기본 300개이며 증가를 요청할 수 있습니다.',
      en: '300 by default, and it can be increased.',
    },
    explanation: {
      ko: 'HTTP API도 API당 라우트 기본 300개이며 늘릴 수 있습니다. 반면 메시지 128 KB, 연결 2시간, 유휴 10분은 늘릴 수 없습니다.',
      en: 'HTTP APIs also default to 300 routes per API, increasable. By contrast, the 128 KB message, the 2-hour connection and the 10-minute idle timeout cannot be raised.',
    },
    apiTypes: ['websocket'],
    rowIds: [],
    source: SOURCES.wsQuotas,
    core: false,
  },
  {
    id: 'ws.integration-types',
    topic: 'websocket',
    question: {
      ko: 'WebSocket API가 지원하는 통합 유형 다섯 가지는 무엇인가요?',
      en: 'Which five integration types do WebSocket APIs support?',
    },
    answer: {
      ko: 'AWS_PROXY, AWS, HTTP_PROXY, HTTP, MOCK',
      en: 'AWS_PROXY, AWS, HTTP_PROXY, HTTP and MOCK.',
    },
    explanation: {
      ko: '프록시(AWS_PROXY, HTTP_PROXY), 비프록시(AWS, HTTP), 모의(MOCK) 통합을 모두 쓸 수 있습니다. 이 점에서 WebSocket API는 HTTP API보다 REST API에 가깝습니다.',
      en: 'Proxy (AWS_PROXY, HTTP_PROXY), non-proxy (AWS, HTTP) and mock (MOCK) integrations are all available, which makes WebSocket APIs closer to REST APIs than to HTTP APIs here.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.proxy-integrations', 'feat.non-proxy-integrations', 'feat.mock'],
    source: SOURCES.wsIntegrationRequests,
    core: false,
  },

  // ---- Cost ----
  {
    id: 'cost.up-to-71',
    topic: 'cost',
    question: {
      ko: 'AWS가 밝힌 HTTP API의 REST API 대비 비용 절감 폭은 얼마이며, 어떤 두 가격을 비교한 값인가요?',
      en: 'How much cheaper than REST APIs does AWS say HTTP APIs are, and which two prices does that figure compare?',
    },
    answer: {
      ko: '최대 71%입니다. 첫 구간의 100만 건당 가격, HTTP API $1.00 대 REST API $3.50을 비교한 값입니다(us-east-1, 2026년 표시 가격).',
      en: 'Up to 71%: the first-tier price per million, HTTP API $1.00 vs REST API $3.50 (us-east-1, as listed in 2026).',
    },
    explanation: {
      ko: '1 − 1.00 ÷ 3.50 ≈ 0.714이므로 약 71%입니다. AWS가 HTTP API를 발표하며 쓴 "최대"라는 말이 중요합니다. 호출량이 많은 구간에서는 격차가 줄어듭니다.',
      en: '1 − 1.00 ÷ 3.50 ≈ 0.714, hence about 71%. "Up to", the word AWS used when it announced HTTP APIs, matters: at higher volume the gap narrows.',
    },
    apiTypes: ['rest', 'http'],
    rowIds: ['feat.cost', 'feat.first-tier-price'],
    source: SOURCES.httpPreviewAnnouncement,
    core: true,
  },
  {
    id: 'cost.gap-narrows',
    topic: 'cost',
    question: {
      ko: '호출량이 아주 많은 구간(REST 월 200억 건 초과)에서 HTTP API의 가격 우위는 어떻게 되나요?',
      en: 'At very high volume (above 20 billion REST calls a month), what happens to the HTTP API price advantage?',
    },
    answer: {
      ko: '약 40%로 줄어듭니다.',
      en: 'It narrows to about 40%.',
    },
    explanation: {
      ko: 'us-east-1, 2026년 표시 가격 기준으로 REST $1.51 대 HTTP $0.90입니다. REST API는 구간별 할인 폭이 커서 대량 사용 시 격차가 좁아집니다.',
      en: 'In us-east-1, as listed in 2026, it is REST $1.51 vs HTTP $0.90. REST API tiers drop more steeply, so the gap narrows at volume.',
    },
    apiTypes: ['rest', 'http'],
    rowIds: ['feat.cost'],
    source: SOURCES.costWhitepaper,
    core: false,
  },
  {
    id: 'cost.http-512kb-metering',
    topic: 'cost',
    question: {
      ko: 'HTTP API에서 600 KB 요청 하나는 몇 건으로 계량되나요?',
      en: 'How many requests is one 600 KB HTTP API request metered as?',
    },
    answer: {
      ko: '2건',
      en: '2 requests.',
    },
    explanation: {
      ko: 'HTTP API 요청은 512 KB 단위로 계량되므로 512 KB를 넘는 요청은 여러 건으로 계산됩니다.',
      en: 'HTTP API requests are metered in 512 KB increments, so a request over 512 KB counts as several requests.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.billing-unit'],
    source: SOURCES.costWhitepaper,
    core: false,
  },
  {
    id: 'cost.websocket-32kb-metering',
    topic: 'cost',
    question: {
      ko: 'WebSocket API에서 33 KB 메시지 하나는 몇 건으로 과금되나요?',
      en: 'How many messages is one 33 KB WebSocket message billed as?',
    },
    answer: {
      ko: '2건',
      en: '2 messages.',
    },
    explanation: {
      ko: 'WebSocket 메시지는 32 KB 단위로 계량됩니다. 메시지는 최대 128 KB이므로 한 메시지는 최대 4건으로 계산됩니다.',
      en: 'WebSocket messages are metered in 32 KB increments. A message can be at most 128 KB, so one message counts as at most 4.',
    },
    apiTypes: ['websocket'],
    rowIds: ['feat.billing-unit'],
    source: SOURCES.pricing,
    core: false,
  },
  {
    id: 'cost.free-tier',
    topic: 'cost',
    question: {
      ko: 'API Gateway 프리 티어(Free Tier)에는 매월 무엇이 포함되나요?',
      en: 'What does the API Gateway Free Tier include each month?',
    },
    answer: {
      ko: 'REST 호출 100만 건, HTTP 호출 100만 건, WebSocket 메시지 100만 건과 연결 시간 75만 분입니다.',
      en: '1 million REST calls, 1 million HTTP calls, and 1 million WebSocket messages plus 750,000 connection-minutes.',
    },
    explanation: {
      ko: '신규 고객에게 12개월 동안 주어지는 혜택입니다.',
      en: 'It is offered to new customers for 12 months.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.billing-unit'],
    source: SOURCES.pricing,
    core: false,
  },
  {
    id: 'cost.caching-billing',
    topic: 'cost',
    question: {
      ko: 'REST API 캐싱(Caching)은 어떻게 과금되나요?',
      en: 'How is REST API caching billed?',
    },
    answer: {
      ko: '캐시 크기에 따라 시간당 별도로 과금되며, 프리 티어가 없습니다.',
      en: 'Separately, per hour by cache size, with no free tier.',
    },
    explanation: {
      ko: 'API 호출 요금과는 별개의 요금입니다. 캐시는 REST API에서만 쓸 수 있습니다.',
      en: 'It is a charge separate from the API call price. Caching is available only on REST APIs.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching'],
    source: SOURCES.pricing,
    core: false,
  },
  {
    id: 'cost.private-api-transfer',
    topic: 'cost',
    question: {
      ko: '프라이빗 REST API에는 데이터 송신(data transfer out) 요금이 붙나요?',
      en: 'Do private REST APIs pay data-transfer-out charges?',
    },
    answer: {
      ko: '데이터 송신 요금은 없지만 PrivateLink 요금이 붙습니다.',
      en: 'No data-transfer-out charge, but PrivateLink charges apply.',
    },
    explanation: {
      ko: 'AWS 백서의 비용 최적화 절에 나오는 내용입니다. 프라이빗 API 비용을 따질 때는 PrivateLink 요금을 함께 봐야 합니다.',
      en: 'This comes from the cost optimization section of an AWS whitepaper. When costing a private API, include the PrivateLink charges.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.private-endpoint'],
    source: SOURCES.costWhitepaper,
    core: false,
  },

  // ---- Latency ----
  {
    id: 'latency.p99-overhead',
    topic: 'latency',
    question: {
      ko: 'AWS 블로그가 밝힌 HTTP API의 p99 추가 지연 시간은 얼마인가요?',
      en: 'What p99 added latency does the AWS blog give for HTTP APIs?',
    },
    answer: {
      ko: '10 ms 미만',
      en: 'Under 10 ms.',
    },
    explanation: {
      ko: '요청의 99%(p99)에서 HTTP API가 더하는 지연이 10 ms 미만이라는 주장입니다. 보장이 아니라 마케팅 수치입니다.',
      en: 'The claim is that for 99% of requests (p99) the HTTP API adds less than 10 ms. It is a marketing claim, not a guarantee.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.latency'],
    source: SOURCES.httpGaBlog,
    core: false,
  },

  // ---- Quotas ----
  {
    id: 'quota.rest-timeout-raise',
    topic: 'quota',
    question: {
      ko: 'REST API 통합 제한 시간 29초는 어떤 경우에 늘릴 수 있나요?',
      en: 'When can the 29 s REST API integration timeout be raised?',
    },
    answer: {
      ko: '2024년 6월부터 리전·프라이빗 API는 증가를 요청할 수 있고, 엣지 최적화 API는 늘릴 수 없습니다.',
      en: 'Since June 2024, Regional and private APIs can request an increase; edge-optimized APIs cannot.',
    },
    explanation: {
      ko: '29초를 넘기려면 계정의 리전 단위 스로틀 할당량을 낮춰야 할 수 있습니다.',
      en: "Going above 29 s may require lowering the account's Region-level throttle quota.",
    },
    apiTypes: ['rest'],
    rowIds: ['feat.integration-timeout', 'feat.edge-endpoint'],
    source: SOURCES.timeoutAnnouncement,
    core: false,
  },
  {
    id: 'quota.account-throttle',
    topic: 'quota',
    question: {
      ko: 'API Gateway의 계정 단위 기본 스로틀 할당량은 얼마이고, 어떤 API가 함께 쓰나요?',
      en: 'What is the default account-level throttle quota in API Gateway, and which APIs share it?',
    },
    answer: {
      ko: '계정·리전당 초당 10,000 요청(RPS), 버스트 5,000이며 REST, HTTP, WebSocket API와 WebSocket 콜백 API가 함께 씁니다.',
      en: '10,000 requests per second with a burst of 5,000 per account per Region, shared by REST, HTTP, WebSocket and WebSocket callback APIs.',
    },
    explanation: {
      ko: 'API 유형별로 따로 있는 한도가 아니라 계정·리전마다 하나입니다. 케이프타운, 밀라노 같은 일부 리전은 기본값이 2,500/1,250입니다.',
      en: 'It is one quota per account per Region, not one per API type. A few Regions, such as Cape Town and Milan, default to 2,500 / 1,250.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: [],
    source: SOURCES.accountQuotas,
    core: false,
  },
  {
    id: 'quota.throttle-increase',
    topic: 'quota',
    question: {
      ko: '계정 스로틀 할당량 중 증가를 요청할 수 있는 것과 고객이 바꿀 수 없는 것은 각각 무엇인가요?',
      en: 'Of the account throttle quotas, which can be increased on request and which can customers not change?',
    },
    answer: {
      ko: 'RPS 할당량은 증가를 요청할 수 있고, 버스트 할당량은 고객이 바꿀 수 없습니다.',
      en: 'The RPS quota can be increased; the burst quota cannot be changed by customers.',
    },
    explanation: {
      ko: '버스트는 짧은 순간 몰리는 요청을 받아 주는 버킷(bucket) 크기입니다. 기본값은 RPS 10,000, 버스트 5,000입니다.',
      en: 'The burst is the size of the bucket that absorbs short spikes of requests. The defaults are 10,000 RPS and a 5,000 burst.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: [],
    source: SOURCES.accountQuotas,
    core: false,
  },
  {
    id: 'quota.streaming-timeout',
    topic: 'quota',
    question: {
      ko: 'REST API 응답 스트리밍(Response streaming)을 쓰면 통합 제한 시간을 최대 얼마까지 늘릴 수 있나요?',
      en: 'With REST API response streaming, how long can the integration timeout be?',
    },
    answer: {
      ko: '최대 15분입니다.',
      en: 'Up to 15 minutes.',
    },
    explanation: {
      ko: '스트리밍(responseTransferMode: STREAM)은 REST API의 HTTP_PROXY·AWS_PROXY 통합에서만 되며 10 MB 응답 한도도 넘을 수 있습니다. 유휴 제한 시간은 리전·프라이빗 엔드포인트 5분, 엣지 최적화 30초이고, 처음 10 MB 이후에는 초당 2 MB로 제한됩니다.',
      en: 'Streaming (responseTransferMode: STREAM) works only with REST API HTTP_PROXY and AWS_PROXY integrations and can also exceed the 10 MB response limit. The idle timeout is 5 minutes for Regional and private endpoints and 30 seconds for edge-optimized ones; after the first 10 MB the stream is throttled to 2 MB/s.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.response-streaming', 'feat.integration-timeout'],
    source: SOURCES.responseStreaming,
    core: false,
  },
  {
    id: 'quota.streaming-unavailable',
    topic: 'quota',
    question: {
      ko: 'REST API 응답 스트리밍(STREAM 모드)에서 쓸 수 없는 기능 세 가지는 무엇인가요?',
      en: 'Which three features are unavailable in REST API response streaming (STREAM mode)?',
    },
    answer: {
      ko: '엔드포인트 캐싱, 콘텐츠 인코딩, VTL을 사용한 응답 변환입니다.',
      en: 'Endpoint caching, content encoding, and response transformation with VTL.',
    },
    explanation: {
      ko: '세 기능 모두 통합 응답 전체를 버퍼링해야 하기 때문입니다. 응답을 압축하려면 통합(백엔드)에서 압축합니다.',
      en: 'All three need the whole integration response buffered. To compress a response, compress it in the integration.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.response-streaming', 'feat.caching'],
    source: SOURCES.responseStreaming,
    core: false,
  },
  {
    id: 'quota.cache-ttl',
    topic: 'quota',
    question: {
      ko: 'REST API 캐시 TTL의 기본값과 설정 범위는 얼마인가요?',
      en: 'What are the default and the allowed range of the REST API cache TTL?',
    },
    answer: {
      ko: '기본 300초이며 0–3600초로 설정할 수 있습니다.',
      en: '300 s by default, configurable from 0 to 3600 s.',
    },
    explanation: {
      ko: '캐싱은 REST API에서만 쓸 수 있으며, 캐시되는 응답 하나의 최대 크기는 1 MB입니다.',
      en: 'Caching exists only on REST APIs, and a single cached response can be at most 1 MB.',
    },
    apiTypes: ['rest'],
    rowIds: ['feat.caching'],
    source: SOURCES.restQuotas,
    core: false,
  },
  {
    id: 'quota.stages-per-api',
    topic: 'quota',
    question: {
      ko: 'REST·HTTP·WebSocket API의 API당 스테이지 기본 할당량은 얼마이며, 늘릴 수 있나요?',
      en: 'What is the default quota of stages per API for REST, HTTP and WebSocket APIs, and can it be raised?',
    },
    answer: {
      ko: '기본 10개이며, 특정 API에 대해 증가를 요청할 수 있습니다.',
      en: '10 by default; an increase can be requested for a specific API.',
    },
    explanation: {
      ko: '세 유형의 할당량 표 모두 "API당 스테이지 10개, 증가 가능"으로 나옵니다. API 단위 할당량은 계정 전체가 아니라 특정 API에 대해서만 늘어납니다.',
      en: 'All three quota tables list 10 stages per API as increasable; per-API quotas are raised for specific APIs, not for the whole account.',
    },
    apiTypes: ['rest', 'http', 'websocket'],
    rowIds: ['feat.user-deployments'],
    source: SOURCES.restQuotas,
    core: false,
  },
  {
    id: 'quota.jwt-audiences',
    topic: 'quota',
    question: {
      ko: 'HTTP API의 JWT 권한 부여자(JWT Authorizer) 하나에 지정할 수 있는 대상(audience)은 최대 몇 개인가요?',
      en: 'How many audiences can one HTTP API JWT authorizer have?',
    },
    answer: {
      ko: '50개입니다.',
      en: '50.',
    },
    explanation: {
      ko: 'HTTP API는 API당 권한 부여자 10개, 라우트당 범위(scope) 10개까지 둘 수 있습니다.',
      en: 'HTTP APIs also allow 10 authorizers per API and 10 scopes per route.',
    },
    apiTypes: ['http'],
    rowIds: ['feat.jwt-authorizer'],
    source: SOURCES.httpQuotas,
    core: false,
  },
];
