import { createContext } from '@lit/context';
import type { SuiviClient } from '@suivi/sdk';

/** The one SDK client a page uses, shared by the provider with every element inside it. */
export const clientContext = createContext<SuiviClient | undefined>(Symbol('suivi-client'));
