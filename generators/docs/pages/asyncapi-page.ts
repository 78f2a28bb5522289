/**
 * The exchange described for people: the channels, operations and messages of dist/asyncapi.yaml, from the
 * same model-derived document the AsyncAPI generator writes (asyncapiDocument), with links to the payload
 * schemas on the downloads page.
 */
import { asyncapiDocument } from '../../asyncapi/generate-asyncapi.js';
import type { FieldModel } from '../../model/field-model.js';
import type { JsonObject } from '../../model/source.js';
import { mdxCell, mdxCode, mdxText, slug } from '../mdx.js';
import { render } from '../render.js';
import { ASYNCAPI_PAGE } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';
import type { DownloadLinks } from './downloads-page.js';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Follows a local `#/…` reference of the document. */
function resolve(document: JsonObject, node: unknown): JsonObject {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return isObject(node) ? node : {};
  let current: unknown = document;
  for (const part of node.$ref.slice(2).split('/')) current = isObject(current) ? current[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
  return resolve(document, current);
}

const messageAnchor = (name: string) => `message-${slug(name)}`;
const channelAnchor = (name: string) => `channel-${slug(name)}`;

/** The page describing the exchange. */
export function asyncapiPage(model: FieldModel, downloads: DownloadLinks): DocsFile {
  const doc = asyncapiDocument(model, model.examples);
  const info = resolve(doc, doc.info);
  const components = resolve(doc, doc.components);
  const messages = resolve(doc, components.messages);
  const nameOfMessage = (ref: unknown) => {
    const target = resolve(doc, ref);
    return Object.keys(messages).find((k) => resolve(doc, messages[k]) === target) ?? str(target.name);
  };
  const channels = Object.entries(resolve(doc, doc.channels)).map(([name, raw]) => {
    const channel = resolve(doc, raw);
    return {
      anchor: channelAnchor(name),
      name: mdxText(name),
      title: mdxText(str(channel.title) || name),
      address: mdxCode(str(channel.address)),
      description: mdxText(str(channel.description)),
      parameters: Object.entries(resolve(doc, channel.parameters)).map(([p, v]) => ({ name: mdxCode(`{${p}}`), description: mdxCell(str(resolve(doc, v).description)) })),
      messages: Object.values(resolve(doc, channel.messages)).map((m) => {
        const name = nameOfMessage(m);
        return `[${mdxText(name)}](#${messageAnchor(name)})`;
      }),
    };
  });
  const channelName = (ref: unknown) => Object.keys(resolve(doc, doc.channels)).find((k) => resolve(doc, resolve(doc, doc.channels)[k]) === resolve(doc, ref)) ?? '';
  const operations = Object.entries(resolve(doc, doc.operations)).map(([id, raw]) => {
    const op = resolve(doc, raw);
    const channel = channelName(op.channel);
    return {
      id: mdxCode(id),
      action: str(op.action),
      channel: `[${mdxText(channel)}](#${channelAnchor(channel)})`,
      summary: mdxCell(`${str(op.title)}: ${str(op.summary)}`),
      who: Array.isArray(op.tags) ? op.tags.map((t) => mdxText(str(resolve(doc, t).name))).join(', ') : ' ',
    };
  });
  const payloadLink = (payload: unknown): string => {
    const ref = isObject(payload) ? str(payload.$ref).replace(/^\.\//, '') : '';
    if (!ref || ref.startsWith('#/')) {
      // A small schema kept in the document itself (a withdrawal, an envelope): name its fields, linking those that point at a file.
      const properties = Object.entries(resolve(doc, resolve(doc, payload).properties));
      if (properties.length === 0) return 'see the schema';
      const fields = properties.map(([name, v]) => (isObject(v) && str(v.$ref) && !str(v.$ref).startsWith('#/') ? `${mdxCode(name)} (${payloadLink(v)})` : mdxCode(name)));
      return `in the description itself, an object with ${fields.join(', ')}`;
    }
    const link = downloads.linkTo(ref);
    return link ? `[${mdxText(ref)}](${link})` : mdxCode(ref);
  };
  const messageViews = Object.entries(messages).map(([name, raw]) => {
    const message = resolve(doc, raw);
    const headers = resolve(doc, message.headers);
    const example = Array.isArray(message.examples) && isObject(message.examples[0]) ? message.examples[0] : undefined;
    return {
      anchor: messageAnchor(name),
      name: mdxText(name),
      title: mdxText(str(message.title) || name),
      summary: mdxText(str(message.summary)),
      contentType: mdxCode(str(message.contentType) || str(doc.defaultContentType)),
      payload: payloadLink(message.payload),
      headers: Object.entries(resolve(doc, headers.properties)).map(([h, v]) => {
        const schema = resolve(doc, v);
        return { name: mdxCode(h), required: Array.isArray(headers.required) && headers.required.includes(h) ? 'yes' : 'no', description: mdxCell(str(schema.description) || (Array.isArray(schema.enum) ? `one of ${schema.enum.join(', ')}` : '')) };
      }),
      example: example ? { name: mdxText(str(example.name)), summary: mdxText(str(example.summary)), json: JSON.stringify({ headers: example.headers, payload: example.payload }, null, 2) } : null,
    };
  });
  const servers = Object.entries(resolve(doc, doc.servers)).map(([name, raw]) => {
    const server = resolve(doc, raw);
    return {
      name: mdxText(name),
      title: mdxText(str(server.title) || name),
      host: mdxCode(str(server.host)),
      protocol: mdxText(str(server.protocol)),
      description: mdxText(str(server.description)),
      security: Array.isArray(server.security) ? server.security.map((s) => { const scheme = resolve(doc, s); return `${mdxText(str(scheme.type))}: ${mdxText(str(scheme.description))}`; }) : [],
    };
  });
  const asyncapiLink = downloads.linkTo('asyncapi.yaml');
  return {
    path: ASYNCAPI_PAGE,
    content: render('asyncapi-page', {
      title: mdxText(str(info.title)),
      version: mdxText(str(info.version)),
      asyncapiVersion: mdxText(str(doc.asyncapi)),
      description: mdxText(str(info.description)),
      download: asyncapiLink ? `[asyncapi.yaml](${asyncapiLink})` : '`asyncapi.yaml`',
      servers,
      channels,
      operations,
      messages: messageViews,
    }),
  };
}
