/** `npm run format:schema`: rewrites the schema source in canonical form and lists what changed. */
import { formatSchemaSource } from '../generators/model/format-source.js';

const changed = formatSchemaSource('schema');
console.log(changed.length === 0 ? 'schema source already canonical' : `formatted:\n  ${changed.join('\n  ')}`);
