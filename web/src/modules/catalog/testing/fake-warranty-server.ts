import type MockAdapter from 'axios-mock-adapter';
import type { SeriesWarranty, SeriesWarrantyInput } from '../api';

type Reply = [number, unknown];

function refusal(status: number, code: string, field: string, reason: string): Reply {
  return [status, { error: { code, message: `${field} ${reason}`, violations: [{ field, reason }] } }];
}

/**
 * The server's side of the series warranties (R-FLD-4) as the web relies on it: every series of
 * the catalogue and every version, by series then newest first; a new version from `today` on,
 * 1–120 months, content required ≤ 1000, the series must be in the catalogue, one version per day.
 */
export class FakeWarrantyServer {
  series: string[] = ['百越', '博特'];
  readonly items: SeriesWarranty[] = [];
  /** The bodies POSTed, in order. */
  readonly posted: SeriesWarrantyInput[] = [];
  private nextId = 1;

  constructor(readonly today: string) {}

  /** A version as the server keeps it (for a test's starting state). */
  add(series: string, validFrom: string, months: number, content = `${series}保修`): SeriesWarranty {
    const version: SeriesWarranty = {
      id: this.nextId++,
      series,
      validFrom,
      months,
      content,
      reason: '',
      setByName: '孙敏',
      setAt: '2026-11-30T02:00:00Z',
    };
    this.items.push(version);
    return version;
  }

  install(mock: MockAdapter): void {
    mock.onGet('/product-series/warranties').reply(() => this.list());
    mock.onPost('/product-series/warranties').reply((config) => this.set(JSON.parse(String(config.data))));
  }

  private list(): Reply {
    const items = [...this.items].sort((a, b) =>
      a.series !== b.series ? a.series.localeCompare(b.series) : b.validFrom.localeCompare(a.validFrom),
    );
    return [200, { series: [...this.series], items }];
  }

  private set(input: SeriesWarrantyInput): Reply {
    this.posted.push(input);
    if (!this.series.includes(input.series)) return refusal(400, 'INVALID_ARGUMENT', 'series', 'not_found');
    if (input.validFrom < this.today) return refusal(400, 'INVALID_ARGUMENT', 'validFrom', 'date_in_past');
    if (input.months < 1 || input.months > 120) return refusal(400, 'INVALID_ARGUMENT', 'months', 'out_of_range');
    if (!input.content.trim()) return refusal(400, 'INVALID_ARGUMENT', 'content', 'required');
    if (input.content.length > 1000) return refusal(400, 'INVALID_ARGUMENT', 'content', 'too_long');
    if (this.items.some((v) => v.series === input.series && v.validFrom === input.validFrom)) {
      return refusal(409, 'ALREADY_EXISTS', 'validFrom', 'duplicate');
    }
    const version = this.add(input.series, input.validFrom, input.months, input.content);
    version.reason = input.reason ?? '';
    version.setByName = '王主任';
    return [201, version];
  }
}
