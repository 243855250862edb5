// Unknown and wrong-typed options of HTTPAdapter and Retry: urllib3's and Requests' snake_case
// names are refused with the camelCase name suggested (issue 14).
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { Retry } from '../src/retry.js';

describe('new HTTPAdapter(options)', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ max_retries: 3 }, "Unknown option 'max_retries' — did you mean 'maxRetries'?"],
    [{ pool_maxsize: 3 }, "Unknown option 'pool_maxsize' — did you mean 'poolMaxsize'?"],
    [{ pool_connections: 3 }, "Unknown option 'pool_connections' — did you mean 'poolConnections'?"],
    [{ pool_block: true }, "Unknown option 'pool_block' — did you mean 'poolBlock'?"],
    [{ poolMaxSize: 3 }, "Unknown option 'poolMaxSize' — did you mean 'poolMaxsize'?"],
    [{ retries: 3 }, "Unknown option 'retries' — did you mean 'maxRetries'?"],
    [{ maxRetries: '3' }, "Invalid option 'maxRetries': expected an integer ≥ 0, got string ('3')"],
    [{ poolMaxsize: 0 }, "Invalid option 'poolMaxsize': expected an integer ≥ 1, got number (0)"],
    [{ poolBlock: 'yes' }, "Invalid option 'poolBlock': expected a boolean"],
  ])('%o → %s', (options, message) => {
    expect(() => new HTTPAdapter(options as never)).toThrow(TypeError);
    expect(() => new HTTPAdapter(options as never)).toThrow(message);
  });

  it('accepts its options, a Retry as maxRetries', async () => {
    const adapter = new HTTPAdapter({
      poolConnections: 2,
      poolMaxsize: 2,
      maxRetries: new Retry({ total: 1 }),
      poolBlock: true,
    });
    expect(adapter.maxRetries.total).toBe(1);
    await adapter.close();
  });
});

describe('new Retry(options)', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ backoff_factor: 0.5 }, "Unknown option 'backoff_factor' — did you mean 'backoffFactor'?"],
    [{ status_forcelist: [503] }, "Unknown option 'status_forcelist' — did you mean 'statusForcelist'?"],
    [{ allowed_methods: ['GET'] }, "Unknown option 'allowed_methods' — did you mean 'allowedMethods'?"],
    [{ method_whitelist: ['GET'] }, "Unknown option 'method_whitelist' — did you mean 'allowedMethods'?"],
    [{ raise_on_status: false }, "Unknown option 'raise_on_status' — did you mean 'raiseOnStatus'?"],
    [
      { respect_retry_after_header: false },
      "Unknown option 'respect_retry_after_header' — did you mean 'respectRetryAfterHeader'?",
    ],
    [{ backoff_max: 1 }, "Unknown option 'backoff_max' — did you mean 'backoffMax'?"],
    [{ total: '3' }, "Invalid option 'total': expected an integer, false or null, got string ('3')"],
    [{ backoffFactor: -1 }, "Invalid option 'backoffFactor': expected a number ≥ 0, got number (-1)"],
    [{ statusForcelist: 503 }, "Invalid option 'statusForcelist': expected a list of statuses"],
    [{ allowedMethods: 'GET' }, "Invalid option 'allowedMethods': expected a list of methods"],
  ])('%o → %s', (options, message) => {
    expect(() => new Retry(options as never)).toThrow(TypeError);
    expect(() => new Retry(options as never)).toThrow(message);
  });

  it('still counts down past zero and copies itself (with, increment)', () => {
    const retry = new Retry({ total: 0, statusForcelist: [503], allowedMethods: null });
    expect(retry.with({ total: -1 }).total).toBe(-1);
    expect(() => retry.with({ total: false })).not.toThrow();
  });
});
