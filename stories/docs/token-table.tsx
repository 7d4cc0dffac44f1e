// The Theming page's table: every global token with its default and what it styles.
import { tokens } from '@suivi/components';
import { suiviTokens } from './suivi-tokens.ts';

export function TokenTable() {
  return (
    <table>
      <caption>The global --suivi-* tokens</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default (light, dark)</th>
          <th scope="col">Styles</th>
        </tr>
      </thead>
      <tbody>
        {suiviTokens(tokens.cssText).map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              <code>{token.defaultValue}</code>
            </td>
            <td>{token.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
