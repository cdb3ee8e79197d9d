/**
 * Sends the morning rush with autocannon at a steady rate, and keeps every request's answer.
 *
 * autocannon paces a connection by the second: at each tick of its own one-second timer it sends
 * its share of the rate at once, and all the connections of one instance tick together. One
 * instance at 300 requests a second would so send 300 requests in the same millisecond, once a
 * second — a queue no server sees from teachers who each press "Lagre" when they are done. The
 * load is therefore sent by `lanes` instances started evenly over the first second, each with one
 * request a second per connection: with 30 lanes, a tenth of a second's requests every 33 ms.
 * Every request is drawn from one shared source when it is built, so the mix of registrations
 * and reads holds over all lanes together.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Filled from the answer: its status and milliseconds (none if it got no answer). */
  status?: number;
  ms?: number;
}

export interface LoadResult {
  sent: LoadRequest[];
  seconds: number;
  /** Connection errors as autocannon counts them, timeouts among them. */
  errors: number;
  timeouts: number;
}

export async function runLoad(options: {
  url: string;
  /** Requests a second over all lanes. */
  rate: number;
  seconds: number;
  lanes: number;
  next: () => LoadRequest;
}): Promise<LoadResult> {
  const sent: LoadRequest[] = [];
  const lanes = Math.max(1, Math.min(options.lanes, options.rate));
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      // This lane's share of the rate, one request a second on each of its connections.
      const rate = Math.floor(options.rate / lanes) + (lane < options.rate % lanes ? 1 : 0);
      await new Promise((resolve) => setTimeout(resolve, (1000 * lane) / lanes));
      let done!: (result: autocannon.Result) => void;
      let failed!: (error: unknown) => void;
      const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
      const setupRequest: autocannon.Request['setupRequest'] = (request, context) => {
        const next = options.next();
        sent.push(next);
        (context as { current?: LoadRequest }).current = next;
        return { ...request, method: next.method, path: next.path, headers: next.headers, body: next.body ?? '' };
      };
      const instance = autocannon(
        { url: options.url, connections: rate, overallRate: rate, duration: options.seconds, timeout: 10, requests: [{ setupRequest }] },
        (error, result) => (error ? failed(error) : done(result)),
      );
      instance.on('response', (client, statusCode, _bytes, responseTime) => {
        // The client's request context still holds the request answered: the next is built after this event.
        const current = (client as unknown as { requestIterator: { context: { current?: LoadRequest } } }).requestIterator.context.current;
        if (current) {
          current.status = statusCode;
          current.ms = responseTime;
        }
      });
      return finished;
    }),
  );
  return {
    sent,
    seconds: (performance.now() - started) / 1000,
    errors: results.reduce((n, r) => n + r.errors, 0),
    timeouts: results.reduce((n, r) => n + r.timeouts, 0),
  };
}
