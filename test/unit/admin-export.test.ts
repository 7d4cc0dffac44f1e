/** GET /v1/admin/orders/export.csv on the mock: the current filter, sorted, streamed row by row, safe to open in a spreadsheet. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_CSV_COLUMNS } from '@suivi/model';
import { adminHeaders, adminMock, call, freshKey, getDetail, listAll } from './fixtures/admin-api.ts';

/** A small RFC 4180 reader, enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') record.push(cell), records.push(record), (record = []), (cell = ''), i++;
    else cell += char;
  }
  assert.equal(record.length + cell.length, 0, 'ends with CRLF');
  return records;
}

describe('GET /v1/admin/orders/export.csv', () => {
  it('streams a header row then every order of the filter, in its sort, as a UTF-8 download', async () => {
    const api = adminMock();
    const response = await call(api, '/v1/admin/orders/export.csv?payment=paid&sort=total&dir=desc&limit=5&cursor=ignored', { headers: adminHeaders(api) });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="orders-2026-11-21.csv"');
    const reader = response.body!.getReader();
    const first = await reader.read();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const head = decoder.decode(first.value, { stream: true });
    assert.ok(head.startsWith('\ufeffOrder number,Placed at,Customer,'), 'a byte order mark, then the header row');
    assert.ok(!head.includes('#'), 'the first chunk is the header alone: rows follow one at a time');
    let text = head;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(header, ADMIN_CSV_COLUMNS.map((column) => column.header));
    const expected = await listAll(api, 'payment=paid&sort=total&dir=desc');
    assert.deepEqual(rows.map((row) => row[0]), expected.map((order) => order.orderNumber));
    const sample = expected[0]!;
    assert.deepEqual(rows[0], ADMIN_CSV_COLUMNS.map((column) => column.value(sample)));
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes what needs quoting', async () => {
    const api = adminMock();
    const { order } = await getDetail(api, (await listAll(api, 'q=1001'))[0]!.id);
    const tags = ['=HYPERLINK("http://evil.example")', '@SUM(1)', 'plain'];
    const put = await call(api, `/v1/admin/orders/${order.id}/tags`, {
      method: 'PUT',
      headers: adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${order.version}"`, 'idempotency-key': freshKey() }),
      body: JSON.stringify({ tags }),
    });
    assert.equal(put.status, 200);
    const text = await (await call(api, '/v1/admin/orders/export.csv?q=1001', { headers: adminHeaders(api) })).text();
    assert.ok(text.includes(`,"'=HYPERLINK(""http://evil.example""); @SUM(1); plain",`), text);
  });

  it('stops producing rows when the client goes away', async () => {
    const api = adminMock({ orderCount: 2000 });
    const controller = new AbortController();
    const response = await call(api, '/v1/admin/orders/export.csv?archived=include', { headers: adminHeaders(api), signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    controller.abort();
    let after = 0;
    while (!(await reader.read()).done) after++;
    assert.ok(after < 20, `at most what was already buffered is delivered after the abort (got ${after} of 2000 rows)`);
  });

  it('answers 400 for a bad filter, like the list', async () => {
    const api = adminMock();
    assert.equal((await call(api, '/v1/admin/orders/export.csv?delivery=lost', { headers: adminHeaders(api) })).status, 400);
  });
});
