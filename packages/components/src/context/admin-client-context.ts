import { createContext } from '@lit/context';
import type { SuiviAdminClient } from '@suivi/sdk';

/** The admin client of a back-office page, shared by `<suivi-order-admin>` with the table and the detail panel inside it. */
export const adminClientContext = createContext<SuiviAdminClient | undefined>(Symbol('suivi-admin-client'));
