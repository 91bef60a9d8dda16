import { expect } from '@open-wc/testing';
import { bffUrl } from '../test-support/bff.js';
import { apiUrl, createApiClient, readApi } from './api-client.js';
import {
  ApiProblem,
  isAbortError,
  NETWORK_ERROR_TYPE,
  problemFromResponse,
} from './api-problem.js';

/** Runs `call` and returns what it threw (fails the test if it did not throw). */
async function rejectionOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('API client (against the real BFF)', () => {
  it('calls /api/v1/health with types from @vae/bff', async () => {
    const client = createApiClient({ apiBase: bffUrl });
    const health = await readApi(client.health.$get());
    expect(health.status).to.equal('ok');
    expect(health.version).to.equal('wtr');
    expect(health.database).to.equal('ok');
  });

  it('sends the partner key in X-Vae-Partner (allowed by CORS)', async () => {
    const sent: Headers[] = [];
    const client = createApiClient({
      apiBase: bffUrl,
      partner: 'pk_test_123',
      fetch: (input, init) => {
        sent.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    const response = await client.health.$get();
    expect(response.status).to.equal(200);
    expect(sent[0]?.get('X-Vae-Partner')).to.equal('pk_test_123');
  });

  it('turns a real 404 into an ApiProblem with the problem type', async () => {
    const response = await fetch(`${bffUrl}/api/v1/no-such-thing`);
    const problem = await problemFromResponse(response);
    expect(problem).to.be.instanceOf(ApiProblem);
    expect(problem.status).to.equal(404);
    expect(problem.type).to.equal('urn:vae:problem:not-found');
    expect(problem.title).to.be.a('string').and.not.empty;
    expect(problem.detail).to.contain('/api/v1/no-such-thing');
  });

  it('makes readApi throw the ApiProblem of an error answer', async () => {
    // A base one level off: every typed call lands on a real 404 (still under /api/v1, with CORS).
    const client = createApiClient({ apiBase: `${bffUrl}/api/v1/nowhere` });
    const error = await rejectionOf(() => readApi(client.health.$get()));
    expect(error).to.be.instanceOf(ApiProblem);
    expect((error as ApiProblem).status).to.equal(404);
    expect((error as ApiProblem).type).to.equal('urn:vae:problem:not-found');
    expect((error as ApiProblem).requestId).to.be.a('string');
  });

  it('reports no answer at all as a network problem (status 0)', async () => {
    // Chromium refuses port 9 before connecting: fetch rejects exactly as when offline.
    const client = createApiClient({ apiBase: 'http://127.0.0.1:9' });
    const error = await rejectionOf(() => readApi(client.health.$get()));
    expect(error).to.be.instanceOf(ApiProblem);
    expect((error as ApiProblem).status).to.equal(0);
    expect((error as ApiProblem).type).to.equal(NETWORK_ERROR_TYPE);
    expect((error as ApiProblem).isNetworkError).to.equal(true);
  });

  it('keeps an abort an AbortError, not a problem', async () => {
    const client = createApiClient({ apiBase: bffUrl });
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(() =>
      readApi(client.health.$get(undefined, { init: { signal: controller.signal } })),
    );
    expect(error).not.to.be.instanceOf(ApiProblem);
    expect(isAbortError(error)).to.equal(true);
  });

  it('tolerates an error answer that is not problem+json (stubbed proxy page)', async () => {
    const client = createApiClient({
      apiBase: bffUrl,
      fetch: async () =>
        new Response('<html><body>Bad gateway</body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    });
    const error = await rejectionOf(() => readApi(client.health.$get()));
    expect(error).to.be.instanceOf(ApiProblem);
    expect((error as ApiProblem).status).to.equal(502);
    expect((error as ApiProblem).type).to.equal('about:blank');
    expect((error as ApiProblem).title).to.equal('Bad Gateway');
  });

  it('tolerates a problem+json body that is not JSON after all', async () => {
    const problem = await problemFromResponse(
      new Response('{"type":', {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    expect(problem.status).to.equal(500);
    expect(problem.type).to.equal('about:blank');
  });

  it('keeps a path prefix of the API base', () => {
    expect(apiUrl('https://h.example/sub/')).to.equal('https://h.example/sub/api/v1');
  });
});
