// Each component's Docs page (autodocs): its summary and description from the class header, its
// first story live, and the table of its API read from the Custom Elements Manifest: attributes,
// properties, events, slots, CSS parts and CSS custom properties, each with its description.
// Only the first story is rendered here: the stories of one component each bring their own mock
// answers (a 503 for "unavailable", 100,000 orders…), which cannot share one page. Every state is
// one click away in the sidebar.
import { Controls, Description, Primary, Subtitle, Title } from '@storybook/addon-docs/blocks';

export function ComponentDocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <h2>API</h2>
      <p>From the Custom Elements Manifest (packages/components/custom-elements.json), generated from the element's class header.</p>
      <Controls />
    </>
  );
}
