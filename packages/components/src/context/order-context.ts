import { createContext } from '@lit/context';
import type { ShopperOrderView } from '@suivi/model';

/** The order being shown, shared by the provider; it changes as live events arrive. */
export const orderContext = createContext<ShopperOrderView | undefined>(Symbol('suivi-order'));
