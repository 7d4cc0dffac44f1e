import type { ReturnRequest } from '@suivi/model';

/** Fired (bubbling, composed) when the shop accepted a return request; `request` is the new return. */
export class ReturnRequestedEvent extends Event {
  static readonly eventName = 'suivi-return-requested';
  readonly request: ReturnRequest;

  constructor(request: ReturnRequest) {
    super(ReturnRequestedEvent.eventName, { bubbles: true, composed: true });
    this.request = request;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suivi-return-requested': ReturnRequestedEvent;
  }
}
