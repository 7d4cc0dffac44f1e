/** One dispatched server-sent event. */
export interface SseEvent {
  /** The `event:` field, or `message` when the server sent none. */
  type: string;
  /** The `data:` lines joined with "\n". */
  data: string;
  /** The last event id in force when this event was dispatched (ids persist until replaced). */
  lastEventId: string;
}

export interface SseParserHandlers {
  onEvent(event: SseEvent): void;
  /** The server asked for a new reconnection delay, in milliseconds. */
  onRetry?(delayMs: number): void;
  /**
   * A block ended without data, so no event is dispatched, but the id it carried is now in force
   * (a server may send a bare `id:` to mark where a client stands before any event).
   */
  onIdWithoutEvent?(lastEventId: string): void;
}

/**
 * An incremental parser for the text/event-stream wire format (WHATWG HTML, "Server-sent events",
 * section 9.2.6). The SDK reads event streams with fetch instead of EventSource because
 * EventSource cannot send an Authorization header, and the access token must not go in a URL;
 * so this does EventSource's parsing job. Feed it decoded text in chunks of any size: lines may be
 * split anywhere, even between the CR and LF of a CRLF.
 *
 * @example
 * const parser = new SseParser({ onEvent: (event) => console.log(event.type, event.data) });
 * parser.feed('event: order\nid: 3\ndata: {"version":3}\n\n');
 */
export class SseParser {
  #handlers: SseParserHandlers;
  /** The part of the current line received so far. */
  #line = '';
  /** The previous chunk ended with CR: a LF opening the next chunk belongs to that line break. */
  #afterCarriageReturn = false;
  #atStreamStart = true;
  #eventType = '';
  #data = '';
  #idBuffer: string;
  #lastEventId: string;

  /** `lastEventId` seeds the id, as a reconnecting EventSource keeps the one it had. */
  constructor(handlers: SseParserHandlers, lastEventId = '') {
    this.#handlers = handlers;
    this.#idBuffer = lastEventId;
    this.#lastEventId = lastEventId;
  }

  /** The id to send as Last-Event-ID when reconnecting. */
  get lastEventId(): string {
    return this.#lastEventId;
  }

  feed(chunk: string): void {
    if (chunk === '') return;
    let text = chunk;
    if (this.#atStreamStart) {
      this.#atStreamStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    if (this.#afterCarriageReturn && text.startsWith('\n')) start = 1;
    this.#afterCarriageReturn = false;
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (char !== '\n' && char !== '\r') continue;
      this.#line += text.slice(start, i);
      this.#processLine(this.#line);
      this.#line = '';
      if (char === '\r') {
        if (i + 1 === text.length) this.#afterCarriageReturn = true;
        else if (text[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.#line += text.slice(start);
  }

  #processLine(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.startsWith(':')) return; // a comment, often a keep-alive
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.#eventType = value;
        break;
      case 'data':
        this.#data += `${value}\n`;
        break;
      case 'id':
        if (!value.includes('\u0000')) this.#idBuffer = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#handlers.onRetry?.(Number(value));
        break;
      default:
      // Unknown fields are ignored, as the format requires.
    }
  }

  #dispatch(): void {
    this.#lastEventId = this.#idBuffer;
    if (this.#data === '') {
      this.#eventType = '';
      this.#handlers.onIdWithoutEvent?.(this.#lastEventId);
      return;
    }
    const event: SseEvent = {
      type: this.#eventType || 'message',
      data: this.#data.slice(0, -1),
      lastEventId: this.#lastEventId,
    };
    this.#data = '';
    this.#eventType = '';
    this.#handlers.onEvent(event);
  }
}
