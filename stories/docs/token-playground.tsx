// The Theming page's live playground: a field per token, applied as custom properties to a wrapper
// around live elements (the lookup form, a showcase order's timeline and summary), the way a shop
// re-brands the kit with tokens only. The elements follow the toolbar's language and theme: their
// wrapper carries `lang` and `color-scheme` from it (use-toolbar-choices.ts), as a story's does.
import type {} from '@suivi/components/jsx/react';
import '@suivi/components/define/order-lookup';
import '@suivi/components/define/order-summary';
import '@suivi/components/define/order-timeline';
import { type CSSProperties, useId, useState } from 'react';
import { customer } from '../support/showcase-orders.ts';
import { tokens } from '@suivi/components';
import { lightValue, suiviTokens } from './suivi-tokens.ts';
import { useToolbarChoices } from './use-toolbar-choices.ts';

const order = customer('#1002');

export function TokenPlayground() {
  const [values, setValues] = useState<Record<string, string>>({});
  const id = useId();
  const { locale, theme } = useToolbarChoices();
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const style = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')) as CSSProperties;
  const css = Object.entries(style)
    .map(([name, value]) => `  ${name}: ${String(value)};`)
    .join('\n');

  return (
    <div style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'minmax(16rem, 22rem) 1fr', alignItems: 'start' }}>
      <form aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()} onReset={() => setValues({})}>
        <h3 id={`${id}-heading`}>Tokens</h3>
        {suiviTokens(tokens.cssText).map((token) => (
          <p key={token.name} style={{ margin: '0 0 0.75rem' }}>
            <label htmlFor={`${id}${token.name}`} style={{ display: 'block', fontFamily: 'monospace' }}>
              {token.name}
            </label>
            {token.kind === 'color' ? (
              <input id={`${id}${token.name}`} type="color" value={values[token.name] || lightValue(token.defaultValue)} onChange={(event) => set(token.name, event.target.value)} />
            ) : (
              <input id={`${id}${token.name}`} type="text" value={values[token.name] ?? ''} placeholder={token.defaultValue} onChange={(event) => set(token.name, event.target.value)} />
            )}
          </p>
        ))}
        <button type="reset">Reset every token</button>
        <h3>Your CSS</h3>
        <pre>
          <code>{css ? `.your-shop {\n${css}\n}` : 'Change a token to see the CSS that does it.'}</code>
        </pre>
      </form>
      <div lang={locale} style={{ ...style, colorScheme: theme, background: 'Canvas', color: 'CanvasText', padding: '1rem', borderRadius: '0.5rem', display: 'grid', gap: '1.5rem' }}>
        <suivi-order-lookup />
        <suivi-order-timeline order={order} headingLevel={3} />
        <suivi-order-summary order={order} headingLevel={3} />
      </div>
    </div>
  );
}
