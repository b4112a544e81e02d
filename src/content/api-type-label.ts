import type { ApiType } from './types.ts';

export const API_TYPE_LABEL: Readonly<Record<ApiType, string>> = {
  rest: 'REST API',
  http: 'HTTP API',
  websocket: 'WebSocket API',
};
