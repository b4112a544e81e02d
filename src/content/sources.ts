import type { Source } from './types.ts';

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
  // ---- Exam topics (issue 14) ----
  privateApis: {
    label: 'AWS: Private REST APIs in API Gateway',
    url: `${DEV_GUIDE}/apigateway-private-apis.html`,
  },
  privateCustomDomains: {
    label: 'AWS: Custom domain names for private APIs in API Gateway',
    url: `${DEV_GUIDE}/apigateway-private-custom-domains.html`,
  },
  httpPrivateIntegrations: {
    label: 'AWS: Private integrations for HTTP APIs',
    url: `${DEV_GUIDE}/http-api-develop-integrations-private.html`,
  },
  restDeploy: {
    label: 'AWS: Deploy REST APIs in API Gateway',
    url: `${DEV_GUIDE}/how-to-deploy-api.html`,
  },
  httpStages: {
    label: 'AWS: Stages for HTTP APIs',
    url: `${DEV_GUIDE}/http-api-stages.html`,
  },
  cfnV2Stage: {
    label: 'AWS CloudFormation: AWS::ApiGatewayV2::Stage',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-stage.html',
  },
  stageVariables: {
    label: 'AWS: Use stage variables for a REST API in API Gateway',
    url: `${DEV_GUIDE}/stage-variables.html`,
  },
  stageVariablesReference: {
    label: 'AWS: Stage variables reference (Lambda function name or alias)',
    url: `${DEV_GUIDE}/aws-api-gateway-stage-variables-reference.html`,
  },
  kcStageVariable500: {
    label: 'AWS Knowledge Center: 500 error with a Lambda integration set by a stage variable',
    url: 'https://repost.aws/knowledge-center/api-gateway-lambda-stage-variable-500',
  },
  canary: {
    label: 'AWS: Set up an API Gateway canary release deployment',
    url: `${DEV_GUIDE}/canary-release.html`,
  },
  caching: {
    label: 'AWS: Cache settings for REST APIs in API Gateway',
    url: `${DEV_GUIDE}/api-gateway-caching.html`,
  },
  throttling: {
    label: 'AWS: Throttle requests to your REST APIs',
    url: `${DEV_GUIDE}/api-gateway-request-throttling.html`,
  },
  httpThrottling: {
    label: 'AWS: Throttle requests to your HTTP APIs',
    url: `${DEV_GUIDE}/http-api-throttling.html`,
  },
  gatewayResponseTypes: {
    label: 'AWS: Gateway response types for API Gateway',
    url: `${DEV_GUIDE}/supported-gateway-response-types.html`,
  },
  lambdaProxy: {
    label: 'AWS: Lambda proxy integrations in API Gateway (input and output format)',
    url: `${DEV_GUIDE}/set-up-lambda-proxy-integrations.html`,
  },
  lambdaAsync: {
    label: 'AWS: Set up asynchronous invocation of the backend Lambda function',
    url: `${DEV_GUIDE}/set-up-lambda-integration-async.html`,
  },
  lambdaErrors: {
    label: 'AWS: Handle Lambda errors in API Gateway (non-proxy integrations)',
    url: `${DEV_GUIDE}/handle-errors-in-lambda-integration.html`,
  },
  httpLambda: {
    label: 'AWS: Create AWS Lambda proxy integrations for HTTP APIs (payload format)',
    url: `${DEV_GUIDE}/http-api-develop-integrations-lambda.html`,
  },
  httpLambdaTroubleshoot: {
    label: 'AWS: Troubleshoot issues with HTTP API Lambda integrations',
    url: `${DEV_GUIDE}/http-api-troubleshooting-lambda.html`,
  },
  restMetrics: {
    label: 'AWS: Amazon API Gateway dimensions and metrics (REST)',
    url: `${DEV_GUIDE}/api-gateway-metrics-and-dimensions.html`,
  },
  customDomainPrereqs: {
    label: 'AWS: Certificates for custom domain names (ACM Region rules)',
    url: `${DEV_GUIDE}/how-to-custom-domains-prerequisites.html`,
  },
  restApiMappings: {
    label: 'AWS: API mappings for REST API custom domain names',
    url: `${DEV_GUIDE}/rest-api-mappings.html`,
  },
  restMtls: {
    label: 'AWS: Mutual TLS authentication for REST APIs',
    url: `${DEV_GUIDE}/rest-api-mutual-tls.html`,
  },
  routingRules: {
    label: 'AWS: Send traffic to your APIs through your custom domain name (routing rules)',
    url: `${DEV_GUIDE}/rest-api-routing-mode.html`,
  },
  securityPolicies: {
    label: 'AWS: Choose a security policy for your custom domain in API Gateway',
    url: `${DEV_GUIDE}/apigateway-custom-domain-tls-version.html`,
  },
  wsSecurityPolicy: {
    label: 'AWS: Security policy for WebSocket APIs in API Gateway',
    url: `${DEV_GUIDE}/websocket-api-ciphers.html`,
  },
  restIpAddressType: {
    label: 'AWS: IP address types for REST APIs in API Gateway',
    url: `${DEV_GUIDE}/api-gateway-ip-address-type.html`,
  },
  resourcePolicyExamples: {
    label: 'AWS: API Gateway resource policy examples (source IP, VPC endpoint)',
    url: `${DEV_GUIDE}/apigateway-resource-policies-examples.html`,
  },
  lambdaAuthorizerConsole: {
    label: 'AWS: Configure a REST API Lambda authorizer (caching, TTL, identity sources)',
    url: `${DEV_GUIDE}/configure-api-gateway-lambda-authorization.html`,
  },
  httpLambdaAuthorizer: {
    label: 'AWS: Lambda authorizers for HTTP APIs (identity sources, caching)',
    url: `${DEV_GUIDE}/http-api-lambda-authorizer.html`,
  },
  cognitoAuthorizer: {
    label: 'AWS: Integrate a REST API with an Amazon Cognito user pool',
    url: `${DEV_GUIDE}/apigateway-enable-cognito-user-pool.html`,
  },
  httpJwtAuthorizer: {
    label: 'AWS: Control access to HTTP APIs with JWT authorizers',
    url: `${DEV_GUIDE}/http-api-jwt-authorizer.html`,
  },
  restJwtAuthorizer: {
    label: 'AWS: Control access to REST APIs using JWT authorizers',
    url: `${DEV_GUIDE}/rest-api-jwt-authorizer.html`,
  },
  wsLambdaAuthorizer: {
    label: 'AWS: Create a Lambda REQUEST authorizer function (WebSocket)',
    url: `${DEV_GUIDE}/apigateway-websocket-api-lambda-auth.html`,
  },
  restCors: {
    label: 'AWS: CORS for REST APIs in API Gateway',
    url: `${DEV_GUIDE}/how-to-cors.html`,
  },
  httpCors: {
    label: 'AWS: Configure CORS for HTTP APIs',
    url: `${DEV_GUIDE}/http-api-cors.html`,
  },
  gatewayResponsesConsole: {
    label: 'AWS: Set up a gateway response for a REST API using the console',
    url: `${DEV_GUIDE}/set-up-gateway-response-using-the-console.html`,
  },
  binaryMediaTypes: {
    label: 'AWS: Binary media types for REST APIs in API Gateway',
    url: `${DEV_GUIDE}/api-gateway-payload-encodings.html`,
  },
  lambdaProxyBinary: {
    label: 'AWS: Return binary media from a Lambda proxy integration',
    url: `${DEV_GUIDE}/lambda-proxy-binary-media.html`,
  },
  wsIam: {
    label: 'AWS: IAM authorization for WebSocket APIs (execute-api:ManageConnections)',
    url: `${DEV_GUIDE}/apigateway-websocket-control-access-iam.html`,
  },
  endpointTypes: {
    label: 'AWS: API endpoint types for REST APIs in API Gateway',
    url: `${DEV_GUIDE}/api-gateway-api-endpoint-types.html`,
  },
  kc410Gone: {
    label: 'AWS Knowledge Center: 410 GoneException on a WebSocket API',
    url: 'https://repost.aws/knowledge-center/410-gone-api-gateway',
  },
} as const satisfies Record<string, Source>;
