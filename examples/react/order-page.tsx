// A shop's order page in React with @suivi/react: the lookup form, then the order's timeline and
// summary. The lookup's typed event hands the React handler the verified session; the page keeps
// the order in its own state and passes it to the other elements as a prop.
import type { CustomerOrderView } from '@suivi/model';
import { SuiviOrderLookup, SuiviOrderSummary, SuiviOrderTimeline } from '@suivi/react';
import { useState } from 'react';

export function OrderPage({ apiUrl }: { apiUrl: string }) {
  const [order, setOrder] = useState<CustomerOrderView | null>(null);

  if (!order) {
    return <SuiviOrderLookup baseUrl={apiUrl} onSuiviOrderFound={(event) => setOrder(event.session.order)} />;
  }
  return (
    <article aria-labelledby="order-heading">
      <h1 id="order-heading">Order {order.orderNumber}</h1>
      <SuiviOrderTimeline order={order} />
      <SuiviOrderSummary order={order} />
      <button type="button" onClick={() => setOrder(null)}>
        Look up another order
      </button>
    </article>
  );
}
