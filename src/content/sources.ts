import type { Source } from './types';

const DEV_GUIDE = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';

/** Every page the content cites. The seed notes have no URL. */
export const SOURCES = {
  seed: {
    label: "Learner's notes (seed)",
  },
  comparison: {
    label: 'AWS: Choose between REST APIs and HTTP APIs',
    url: `${DEV_GUIDE}/http-api-vs-rest.html`,
  },
  privateIntegration: {
    label: 'AWS: Private integrations for REST APIs',
    url: `${DEV_GUIDE}/private-integration.html`,
  },
  responseStreaming: {
    label: 'AWS: Response transfer mode (response streaming)',
    url: `${DEV_GUIDE}/response-transfer-mode.html`,
  },
  portals: {
    label: 'AWS: Developer portals for REST APIs',
    url: `${DEV_GUIDE}/apigateway-portals.html`,
  },
  httpApi: {
    label: 'AWS: HTTP APIs overview',
    url: `${DEV_GUIDE}/http-api.html`,
  },
  integrationTypes: {
    label: 'AWS: REST API integration types',
    url: `${DEV_GUIDE}/api-gateway-api-integration-types.html`,
  },
  lambdaAuthorizer: {
    label: 'AWS: Use Lambda authorizers',
    url: `${DEV_GUIDE}/apigateway-use-lambda-authorizer.html`,
  },
  usagePlans: {
    label: 'AWS: Usage plans and API keys for REST APIs',
    url: `${DEV_GUIDE}/api-gateway-api-usage-plans.html`,
  },
  wsApi: {
    label: 'AWS: WebSocket APIs',
    url: `${DEV_GUIDE}/apigateway-websocket-api.html`,
  },
  wsOverview: {
    label: 'AWS: Overview of WebSocket APIs',
    url: `${DEV_GUIDE}/apigateway-websocket-api-overview.html`,
  },
  wsRoutes: {
    label: 'AWS: Routes for WebSocket APIs',
    url: `${DEV_GUIDE}/websocket-api-develop-routes.html`,
  },
  wsConnectDisconnect: {
    label: 'AWS: WebSocket $connect and $disconnect routes',
    url: `${DEV_GUIDE}/apigateway-websocket-api-route-keys-connect-disconnect.html`,
  },
  wsConnections: {
    label: 'AWS: Use @connections commands in your backend service',
    url: `${DEV_GUIDE}/apigateway-how-to-call-websocket-api-connections.html`,
  },
  wsDataFromBackend: {
    label: 'AWS: Send data from backend services to WebSocket clients',
    url: `${DEV_GUIDE}/apigateway-websocket-api-data-from-backend.html`,
  },
  wsIntegrationRequests: {
    label: 'AWS: WebSocket API integration requests',
    url: `${DEV_GUIDE}/apigateway-websocket-api-integration-requests.html`,
  },
  wsQuotas: {
    label: 'AWS: Quotas for WebSocket APIs',
    url: `${DEV_GUIDE}/apigateway-execution-service-websocket-limits-table.html`,
  },
  restQuotas: {
    label: 'AWS: Quotas for REST APIs',
    url: `${DEV_GUIDE}/api-gateway-execution-service-limits-table.html`,
  },
  httpQuotas: {
    label: 'AWS: Quotas for HTTP APIs',
    url: `${DEV_GUIDE}/http-api-quotas.html`,
  },
  accountQuotas: {
    label: 'AWS: Amazon API Gateway quotas',
    url: `${DEV_GUIDE}/limits.html`,
  },
  timeoutAnnouncement: {
    label: 'AWS announcement (June 2024): integration timeout above 29 seconds',
    url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
  },
  pricing: {
    label: 'AWS: Amazon API Gateway pricing',
    url: 'https://aws.amazon.com/api-gateway/pricing/',
  },
  costWhitepaper: {
    label: 'AWS whitepaper: Private APIs and integration, cost optimization',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html',
  },
  httpPreviewAnnouncement: {
    label: 'AWS announcement (Dec 2019): HTTP APIs preview',
    url: 'https://aws.amazon.com/about-aws/whats-new/2019/12/amazon-api-gateway-offers-faster-cheaper-simpler-apis-using-http-apis-preview',
  },
  httpGaAnnouncement: {
    label: 'AWS announcement (Mar 2020): HTTP APIs generally available',
    url: 'https://aws.amazon.com/about-aws/whats-new/2020/03/api-gateway-private-integrations-aws-elb-cloudmap-http-apis-release/',
  },
  httpGaBlog: {
    label: 'AWS Compute Blog: HTTP APIs now generally available',
    url: 'https://aws.amazon.com/blogs/compute/building-better-apis-http-apis-now-generally-available/',
  },
} as const satisfies Record<string, Source>;
