/**
 * Card ids that were published and are no longer built, each with why. An id, once
 * published, is never reused and never dropped silently: a learner's history on it stays in
 * storage (hidden), and tests/unit/fixtures/card-ids.json keeps listing it. A test checks
 * that the committed ids are exactly the live ids plus these.
 */
export const RETIRED_CARD_IDS: Readonly<Record<string, string>> = {
  // Issue 14: near-duplicates merged (survivor named in each reason).
  'trait.lowest-cost.type':
    'Merged into feat.cost.values and cost.up-to-71.qa (HTTP up to 71% cheaper).',
  'cost.first-tier-arithmetic.qa':
    'Merged into cost.up-to-71.qa, which now names the two first-tier prices.',
  'feat.first-tier-price.values':
    'Repeated cost.up-to-71.qa; the row stays in the compare table without a card.',
  'trait.lower-latency.type': 'Merged into feat.latency.values (HTTP APIs have lower latency).',
  'latency.up-to-60.qa': 'Merged into feat.latency.values, whose cell gives the "up to 60%" claim.',
  'trait.two-way-communication.type':
    'Merged into feat.communication-model.values and trait.server-push.type.',
  'use.push-notifications.type':
    'Merged into trait.server-push.type (the backend sends without a request).',
  'use.multiplayer-game.type':
    'Merged into use.realtime-chat.type (real-time two-way app -> WebSocket).',
  'use.collaboration-platform.type':
    'Merged into use.realtime-chat.type (real-time two-way app -> WebSocket).',
  'feat.usage-plans.which':
    'Repeated feat.usage-plans-throttling.which; the row stays in the compare table.',
  'feat.usage-plans.http': 'Repeated feat.api-keys.http (no API keys or usage plans on HTTP APIs).',
  'feat.usage-plans-throttling.http':
    'Repeated feat.api-keys.http (no API keys or usage plans on HTTP APIs).',
  'trait.no-mapping-templates.type': 'Merged into feat.body-transformation.which and .http.',
  'use.complex-transformation.type':
    'Merged into use.legacy-integration.type (mapping templates -> REST).',
  'quota.http-timeout.qa': 'Merged into feat.integration-timeout.values (its HTTP cell).',
  'ws.integration-timeout.qa': 'Merged into feat.integration-timeout.values (its WebSocket cell).',
  'quota.payload-rest-http.qa': 'Merged into feat.max-payload.values.',
  'cost.billing-model.qa': 'Merged into feat.billing-unit.values.',
  'trait.metered-512kb.type': 'Merged into cost.http-512kb-metering.qa.',
  'trait.metered-32kb-messages.type': 'Merged into cost.websocket-32kb-metering.qa.',
  'feat.private-cloud-map.rest':
    'Repeated feat.private-cloud-map.which and .http (Cloud Map is HTTP-only).',
  // Issue 14: REST APIs gained JWT authorizers, so REST and HTTP no longer differ here.
  'feat.jwt-authorizer.http':
    'REST and HTTP APIs both have JWT authorizers now; see feat.jwt-authorizer.which.',
  'feat.jwt-authorizer.which':
    'Taught "HTTP API only"; REST APIs now have JWT authorizers too. Asked again as feat.jwt-authorizer.which.r2.',
  'feat.jwt-authorizer.rest': 'Its answer ("No") is out of date; see topic.rest-jwt-authorizer.qa.',
  'use.oidc-jwt-no-code.type':
    'Its answer (HTTP API only) is out of date; see feat.jwt-authorizer.which.',
  // Issue 14: "does <type> support it?" asked from the supporting side, so Yes and No balance.
  'feat.per-client-rate-limiting.http':
    'Replaced by feat.per-client-rate-limiting.rest (Yes/No balance).',
  'feat.non-proxy-integrations.http':
    'Replaced by feat.non-proxy-integrations.rest (Yes/No balance).',
  'feat.response-streaming.http': 'Replaced by feat.response-streaming.rest (Yes/No balance).',
  'feat.developer-portal.http': 'Replaced by feat.developer-portal.rest (Yes/No balance).',
  'feat.edge-endpoint.http': 'Replaced by feat.edge-endpoint.rest (Yes/No balance).',
  'feat.backend-certs.http': 'Replaced by feat.backend-certs.rest (Yes/No balance).',
  'feat.test-invocations.http': 'Replaced by feat.test-invocations.rest (Yes/No balance).',
  'feat.gateway-responses.http': 'Replaced by feat.gateway-responses.rest (Yes/No balance).',
  'feat.access-logs-firehose.http': 'Replaced by feat.access-logs-firehose.rest (Yes/No balance).',
  'feat.execution-logs.http': 'Replaced by feat.execution-logs.rest (Yes/No balance).',
  'feat.mock.http': 'Replaced by feat.mock.rest (Yes/No balance).',
};
