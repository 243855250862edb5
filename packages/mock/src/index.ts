/** @reqs/mock: test the code that uses reqs — MockAdapter stubs and record/replay cassettes. */

export { Cassette } from './cassette/cassette.js';
export type { CassetteMode } from './cassette/cassette-recorder.js';
export type {
  CassetteFile,
  Interaction,
  RecordedBody,
  RecordedHeaders,
  RecordedRequest,
  RecordedResponse,
} from './cassette/interaction.js';
export type { MatchOn } from './cassette/match-on.js';
export { type CassetteRedaction, REDACTED } from './cassette/redactor.js';
export { type CassetteOptions, type CassetteSession, useCassette } from './cassette/use-cassette.js';
export { MockAdapter, type MockAdapterOptions, type Mountable } from './mock-adapter.js';
export type { MockCall } from './mock-call.js';
export { MockRoute } from './mock-route.js';
export { NoMockAddress } from './no-mock-address.js';
export type {
  MockAnswer,
  MockAnswers,
  MockBody,
  MockBodyResponse,
  MockContext,
  MockErrorResponse,
  MockHeaders,
  MockJsonResponse,
  MockResponder,
  MockResponseSpec,
  MockTextResponse,
} from './response-spec.js';
export type { MockParams, MockRouteOptions } from './route-options.js';
export type { MockUrl } from './url-matcher.js';
