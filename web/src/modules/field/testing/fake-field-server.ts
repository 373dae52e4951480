import type { FieldRecordInput, FieldRecordResult } from '../api';
import type { OutboxEntry } from '../offline/db';
import type { Answer, Transport } from '../offline/outbox';

/** How the fake network treats one send. */
export type NetworkMode =
  /** The request reaches the server and the answer comes back. */
  | 'ok'
  /** No network: the request never reaches the server. */
  | 'offline'
  /** The server acts, then the answer is lost on the way back. */
  | 'lost-answer'
  /** The server answers 503 without acting. */
  | 'unavailable';

interface Stored {
  fingerprint: string;
  answer: unknown;
}

/**
 * The server's side of the protocol, as far as the phone relies on it (server/src/field): each id
 * is taken once; the same body again is 200 `replayed`, another body under the same id 409. Steps
 * move the job loading → en_route → on_site; a step the job has passed is kept as a conflict.
 */
export class FakeFieldServer {
  readonly stored = new Map<string, Stored>();
  /** Every id the server applied, in the order it did. */
  readonly applied: string[] = [];
  /** The URLs it received, in order (replays included). */
  readonly received: string[] = [];
  status = 'scheduled';
  /** Answers to give instead of acting, by id (e.g. a 400 with violations). */
  readonly refuse = new Map<string, Answer>();

  handle(entry: Readonly<OutboxEntry>): Answer {
    this.received.push(entry.url);
    const refusal = this.refuse.get(entry.id);
    if (refusal) return refusal;
    const fingerprint = JSON.stringify(entry.body);
    const before = this.stored.get(entry.id);
    if (before) {
      if (before.fingerprint !== fingerprint) {
        return {
          status: 409,
          body: {
            error: {
              code: 'ALREADY_EXISTS',
              message: 'this record id was used for another record',
              violations: [{ field: 'id', reason: 'reused' }],
            },
          },
        };
      }
      return { status: 200, body: { ...(before.answer as object), replayed: true } };
    }
    const answer = entry.kind === 'record' ? this.record(entry.body as FieldRecordInput) : { id: entry.id };
    this.stored.set(entry.id, { fingerprint, answer });
    this.applied.push(entry.id);
    return { status: 201, body: answer };
  }

  private record(input: FieldRecordInput): FieldRecordResult {
    const next: Record<string, [string, string]> = {
      loading: ['scheduled', 'loading'],
      departure: ['loading', 'en_route'],
      arrival: ['en_route', 'on_site'],
      installation: ['on_site', 'on_site'],
    };
    const [from, to] = next[input.step] ?? ['', ''];
    const applied = this.status === from;
    const conflictStatus = applied ? '' : this.status;
    if (applied) this.status = to;
    return {
      record: {
        id: input.id,
        jobId: input.jobId,
        step: input.step,
        checks: input.checks ?? [],
        counts: input.counts ?? [],
        note: input.note ?? '',
        recordedAt: input.recordedAt,
        receivedAt: input.recordedAt,
        recordedByName: '赵磊',
        outcome: applied ? 'applied' : 'conflict',
        conflictReason: applied ? '' : 'illegal_transition',
        conflictStatus,
      },
      replayed: false,
      jobStatus: this.status as FieldRecordResult['jobStatus'],
      incident: null,
    };
  }

  /**
   * A transport to this server through a network that behaves as `mode` says for each send
   * (a function of the entry and the send's number, from 0).
   */
  transport(mode: (entry: Readonly<OutboxEntry>, n: number) => NetworkMode = () => 'ok'): Transport {
    let n = 0;
    return async (entry) => {
      const how = mode(entry, n);
      n += 1;
      if (how === 'offline') throw new Error('Network Error');
      if (how === 'unavailable') {
        return { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'busy', violations: [] } } };
      }
      const answer = this.handle(entry);
      if (how === 'lost-answer') throw new Error('timeout of 20000ms exceeded');
      return answer;
    };
  }
}
