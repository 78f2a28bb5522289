// The site's Markdown elements: Docusaurus's own, with the rows of the reference tables of fields given a heading
// (src/components/FieldRow).
import MDXComponents from '@theme-original/MDXComponents';
import FieldRow from '@site/src/components/FieldRow';

export default { ...MDXComponents, tr: FieldRow };
