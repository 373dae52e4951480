// R-RPT-4: the trip report download: this month by default, the period checked as the server
// checks it, the file offered under the server's name, the server's refusals shown per field.
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import type * as xlsx from '@/utils/xlsx';
import { downloadFile } from '@/utils/xlsx';
import { checkReportPeriod, monthPeriod, tripReportFile } from './trip-data';
import { useTripReport } from './use-trip-report';

vi.mock('@/utils/xlsx', async (importOriginal) => ({
  ...(await importOriginal<typeof xlsx>()),
  downloadFile: vi.fn(),
}));

let mock: MockAdapter;
beforeEach(() => {
  mock = new MockAdapter(http);
  vi.mocked(downloadFile).mockReset();
});
afterEach(() => mock.restore());

const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;

describe('trip report period', () => {
  it('defaults to the calendar month of today', () => {
    expect(monthPeriod('2026-11-27')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthPeriod('2028-02-03')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('is refused as the server refuses it: missing, impossible, reversed, longer than 366 days', () => {
    expect(checkReportPeriod('2026-11-01', '2026-11-30')).toEqual([]);
    expect(checkReportPeriod('', '2026-02-30')).toEqual([
      { field: 'from', reason: 'required' },
      { field: 'to', reason: 'invalid_date' },
    ]);
    expect(checkReportPeriod('2026-11-02', '2026-11-01')).toEqual([{ field: 'to', reason: 'before_from' }]);
    expect(checkReportPeriod('2026-11-01', '2026-11-01')).toEqual([]);
    // 366 days inclusive is the most (2028 is a leap year: 2028-01-01 .. 2028-12-31).
    expect(checkReportPeriod('2028-01-01', '2028-12-31')).toEqual([]);
    expect(checkReportPeriod('2028-01-01', '2029-01-01')).toEqual([{ field: 'to', reason: 'out_of_range' }]);
    expect(checkReportPeriod('2026-01-01', '2027-01-01')).toEqual([]);
    expect(checkReportPeriod('2026-01-01', '2027-01-02')).toEqual([{ field: 'to', reason: 'out_of_range' }]);
  });

  it('names the files as the server does', () => {
    expect(tripReportFile('pdf', '2026-11-01', '2026-11-30')).toEqual({
      name: 'trip-report-2026-11-01-2026-11-30.pdf',
      mime: 'application/pdf',
    });
    expect(tripReportFile('xlsx', '2026-11-01', '2026-11-30').name).toBe('trip-report-2026-11-01-2026-11-30.xlsx');
  });
});

describe('useTripReport', () => {
  it('downloads the chosen format of the period and vehicle', async () => {
    mock.onGet('/trip-logs/report.xlsx').reply((config) => {
      expect(config.params).toEqual({ from: '2026-11-01', to: '2026-11-30', vehicleId: 7 });
      return [200, bytesOf('PK')];
    });
    const report = useTripReport('2026-11-27');
    report.period.vehicleId = 7;
    await report.download('xlsx');
    expect(downloadFile).toHaveBeenCalledTimes(1);
    const [bytes, name, mime] = vi.mocked(downloadFile).mock.calls[0] ?? [];
    expect(new TextDecoder().decode(bytes)).toBe('PK');
    expect(name).toBe('trip-report-2026-11-01-2026-11-30.xlsx');
    expect(mime).toContain('spreadsheetml');
    expect(report.downloading.value).toBeNull();
  });

  it('does not ask the server for a period it would refuse', async () => {
    const report = useTripReport('2026-11-27');
    report.period.to = '2026-10-31';
    await report.download('pdf');
    expect(mock.history.get).toHaveLength(0);
    expect({ ...report.reasons }).toEqual({ to: 'before_from' });
    // Changing the period clears the refusal.
    report.period.to = '2026-11-30';
    await nextTick();
    expect({ ...report.reasons }).toEqual({});
  });

  it("shows the server's violations on the fields and offers no file", async () => {
    const body = {
      error: { code: 'INVALID_ARGUMENT', message: 'bad', violations: [{ field: 'vehicleId', reason: 'out_of_range' }] },
    };
    mock.onGet('/trip-logs/report.pdf').reply(400, bytesOf(JSON.stringify(body)));
    const report = useTripReport('2026-11-27');
    await report.download('pdf');
    expect(downloadFile).not.toHaveBeenCalled();
    expect({ ...report.reasons }).toEqual({ vehicleId: 'out_of_range' });
    expect(report.downloading.value).toBeNull();
  });
});
