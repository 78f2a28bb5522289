// A table row of the reference pages of fields, which generators/docs writes as: the field's anchor
// (<Link id data-field-path />) and path, then its title, then the rest. The title becomes a heading of the row
// with a link to the anchor, as the titles of sections have: the site's search indexes headings with their links,
// so that the words of a validator message, which names a field by its title, find the field's row first; and a
// screen reader can go from field to field. Done here rather than in the generated pages so that the kept pages
// of released versions get it too. Any other row is left as it is.
import React from 'react';

/** The anchor of the field a row describes, or null. */
function fieldAnchor(cell) {
  for (const child of React.Children.toArray(cell?.props?.children)) {
    if (child?.props?.['data-field-path'] && child.props.id) return child.props.id;
  }
  return null;
}

export default function FieldRow({ children, ...props }) {
  const cells = React.Children.toArray(children);
  const anchor = fieldAnchor(cells[0]);
  if (!anchor || cells.length < 2) return <tr {...props}>{children}</tr>;
  const titleCell = cells[1];
  // The title's words; what follows them (a "new" or "deprecated" badge) stays beside the heading.
  const parts = React.Children.toArray(titleCell.props.children);
  const words = parts.findIndex((part) => typeof part !== 'string');
  const title = words === -1 ? parts : parts.slice(0, words);
  const text = title.join('').trim();
  if (!text) return <tr {...props}>{children}</tr>;
  const heading = (
    <h3 className="htfds-field-title">
      {text}
      <a className="hash-link" href={`#${anchor}`} aria-label={`Direct link to ${text}`} title={`Direct link to ${text}`}>
        {'\u200b'}
      </a>
    </h3>
  );
  return (
    <tr {...props}>
      {cells[0]}
      {React.cloneElement(titleCell, {}, heading, ...(words === -1 ? [] : parts.slice(words)))}
      {cells.slice(2)}
    </tr>
  );
}
