/**
 * The hub's traffic with none of its work, in a process of its own as the hub is: it pulls each message of a
 * consumer (64 pulled, 32 in hand at once, as the hub does) and, per message, publishes the same bytes to the
 * delivery subject and three small messages (the withdrawal index, the recipient's delivered-record index and the
 * audit entry, as the hub does for one recipient), then acknowledges once the broker has acknowledged all four.
 * No parsing, checking or re-shaping. bench/hub.ts runs it beside the bare broker and the hub, to show how much of
 * the gap between them is the broker work that the hub's guarantees need, and how much is the hub's own.
 *
 *   tsx bench/hub-broker-pattern.ts <server url> <user> <password> <stream> <consumer> <delivery subject> <side subject prefix>
 *
 * Prints "ready" once it consumes; stops on SIGTERM.
 */
import { loadNats } from '../src/hub/nats-client.js';

const [url, user, pass, stream, consumerName, deliverySubject, sidePrefix] = process.argv.slice(2) as [string, string, string, string, string, string, string];
const nats = await loadNats();
const nc = await nats.connect({ servers: [url], user, pass, noAsyncTraces: true });
const js = nats.js.jetstream(nc);
const messages = await (await js.consumers.get(stream, consumerName)).consume({ max_messages: 64 });
process.on('SIGTERM', () => void messages.close());
process.stdout.write('ready\n');

const inFlight = new Set<Promise<void>>();
for await (const m of messages) {
  const i = m.headers!.get('i');
  const relayed = (async () => {
    const h = nats.headers();
    h.set('i', i);
    await Promise.all([
      js.publish(deliverySubject, m.data, { msgID: `delivery-${i}`, headers: h }),
      js.publish(`${sidePrefix}.index`, JSON.stringify([{ recipient: 'bank', profile: 'tactical', seq: Number(i), recordId: i }])),
      js.publish(`${sidePrefix}.delivered`, JSON.stringify({ submitter: 'ngo', recordId: i })),
      js.publish(`${sidePrefix}.audit`, JSON.stringify({ event: 'delivered', recipient: 'bank', profile: 'tactical', recordId: i, tlp: 'AMBER' }), { msgID: `audit-${i}` }),
    ]);
    m.ack();
  })();
  inFlight.add(relayed);
  void relayed.finally(() => inFlight.delete(relayed));
  if (inFlight.size >= 32) await Promise.race(inFlight);
}
await Promise.all(inFlight);
await nc.drain();
