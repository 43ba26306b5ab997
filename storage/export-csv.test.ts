import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv } from './export-csv';
import { freshDb } from './fixtures/fresh-db';
import { banReport, restriction } from './fixtures/reports';
import { ingestReport } from './ingest';

const NOW = new Date('2030-02-25T10:00:00Z');

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [
      '=HYPERLINK("https://evil.example","click")',
      `"'=HYPERLINK(""https://evil.example"",""click"")"`,
    ],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('exportCsv', () => {
  it('writes a header and one row per event, CRLF-terminated', async () => {
    const db = await freshDb();
    await ingestReport(
      db,
      {
        pageUrl: 'https://news.example/chirpa',
        result: banReport({
          url: null,
          title: '=cmd|"/c calc"!A1, Chirpa',
          events: [restriction({ evidence: 'It ends, they said: "soon".' })],
        }),
      },
      NOW,
    );
    const csv = await exportCsv(db);
    expect(csv.split('\r\n')).toEqual([
      'date,app,jurisdiction,kind,status,evidence,article_title,article_url,article_site,article_published',
      `2030-03-01,Chirpa,US,payments,effective,"It ends, they said: ""soon"".","'=cmd|""/c calc""!A1, Chirpa",https://news.example/chirpa,Example News,2030-02-20`,
      '',
    ]);
  });
});
