import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SseParser, type SseEvent } from '@suivi/sdk';

/** Feeds the chunks to a fresh parser and returns what it dispatched. */
function parse(chunks: string[], lastEventId = '') {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = new SseParser({ onEvent: (event) => events.push(event), onRetry: (ms) => retries.push(ms) }, lastEventId);
  for (const chunk of chunks) parser.feed(chunk);
  return { events, retries, parser };
}

/** Every way of cutting `text` in two, to prove the result does not depend on where chunks end. */
function everySplit(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);
}

describe('SseParser', () => {
  it('dispatches an event with its type, data and id', () => {
    const { events, parser } = parse(['event: order\nid: 7\ndata: {"version":7}\n\n']);
    assert.deepEqual(events, [{ type: 'order', data: '{"version":7}', lastEventId: '7' }]);
    assert.equal(parser.lastEventId, '7');
  });

  it('defaults the type to message and strips only one leading space', () => {
    const { events } = parse(['data:  two spaces\n\n', 'data:none\n\n']);
    assert.deepEqual(
      events.map((event) => [event.type, event.data]),
      [
        ['message', ' two spaces'],
        ['message', 'none'],
      ],
    );
  });

  it('joins multi-line data with newlines', () => {
    const { events } = parse(['data: first\ndata: second\ndata\ndata: fourth\n\n']);
    assert.equal(events[0]?.data, 'first\nsecond\n\nfourth');
  });

  it('gives the same events however the stream is split, even mid-line and mid-CRLF', () => {
    const text = 'event: order\r\nid: 42\r\ndata: {"a":\r\ndata: 1}\r\n\r\n: keep-alive\r\ndata: next\r\n\r\n';
    const expected = parse([text]).events;
    assert.equal(expected.length, 2);
    for (const chunks of everySplit(text)) {
      assert.deepEqual(parse(chunks).events, expected, `split at ${JSON.stringify(chunks[0])}`);
    }
    assert.deepEqual(parse([...text]).events, expected, 'one character at a time');
  });

  it('accepts CRLF, LF and lone CR as line ends', () => {
    const { events } = parse(['data: crlf\r\n\r\ndata: lf\n\ndata: cr\r\rdata: mixed\r\n\n']);
    assert.deepEqual(
      events.map((event) => event.data),
      ['crlf', 'lf', 'cr', 'mixed'],
    );
  });

  it('does not mistake a CR at the end of one chunk and an LF at the start of the next for two line ends', () => {
    const { events } = parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']);
    assert.deepEqual(events, [{ type: 'message', data: 'a\nb', lastEventId: '' }]);
  });

  it('ignores comments and unknown fields', () => {
    const { events } = parse([': ping\n', 'foo: bar\n', 'data: kept\n', ':another\n\n']);
    assert.deepEqual(events.map((event) => event.data), ['kept']);
  });

  it('does not dispatch an event without data, but still takes its id', () => {
    const { events, parser } = parse(['event: order\nid: 9\n\n']);
    assert.deepEqual(events, []);
    assert.equal(parser.lastEventId, '9');
    const next = parse(['event: order\nid: 9\n\ndata: x\n\n']).events;
    assert.deepEqual(next, [{ type: 'message', data: 'x', lastEventId: '9' }], 'the event type does not leak into the next event');
  });

  it('keeps the last id for later events until a new one comes, and an empty id resets it', () => {
    const { events } = parse(['id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n']);
    assert.deepEqual(
      events.map((event) => event.lastEventId),
      ['1', '1', ''],
    );
  });

  it('starts from the id it was given (a reconnection)', () => {
    assert.equal(parse(['data: a\n\n'], '41').events[0]?.lastEventId, '41');
  });

  it('ignores an id containing NUL', () => {
    assert.equal(parse(['id: 1\u00002\ndata: a\n\n'], '5').events[0]?.lastEventId, '5');
  });

  it('reports retry only when it is all digits', () => {
    assert.deepEqual(parse(['retry: 1500\n', 'retry: soon\n', 'retry: 2.5\n', 'retry:250\n\n']).retries, [1500, 250]);
  });

  it('discards an event the stream ended in the middle of', () => {
    assert.deepEqual(parse(['data: complete\n\ndata: incomplete\n']).events.map((event) => event.data), ['complete']);
  });

  it('skips a byte order mark at the start of the stream only', () => {
    const { events } = parse(['\uFEFFdata: a\n\n', '\uFEFFdata: b\n\n']);
    assert.deepEqual(events.map((event) => event.data), ['a']);
  });
});
