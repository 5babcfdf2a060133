/**
 * `npm run workshop [-- --port 8080 --host 0.0.0.0]`: serves the built game and its live rooms on the
 * venue's network, and prints the address to open on the projector. Nothing is written to disk: the
 * rooms and their votes live in this process and end with it (Ctrl+C).
 */
import { parseArgs } from 'node:util';
import { terminalLog } from '../live-room/log.ts';
import { startWorkshopServer } from '../live-room/server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    dist: { type: 'string', default: 'dist' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port ${values.port} is not a port: give a number such as 8080.`);
  process.exit(2);
}

const log = terminalLog();
try {
  const server = await startWorkshopServer({ dist: values.dist, host: values.host, port, log });
  const [first = server.url] = server.addresses;
  const others = server.addresses.slice(1).map((a) => `${a}?workshop`);
  console.log(`
Rendez-vous workshop — open on the projector: ${first}?workshop
Atelier Rendez-vous — à ouvrir sur le projecteur\u00a0: ${first}?workshop
${others.length > 0 ? `  (other networks of this machine / autres réseaux de cette machine\u00a0: ${others.join(', ')})\n` : ''}
Phones join with the QR code or the code the projector shows, on the same network as this machine.
Les téléphones rejoignent par le QR code ou le code affichés au projecteur, sur le même réseau que cette machine.
Ctrl+C ends the workshop; rooms and votes are kept in memory only, never on disk.
Ctrl+C termine l’atelier\u202f; les salles et les votes restent en mémoire, jamais sur le disque.
`);
  const stop = () => {
    log('workshop ended');
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    /EADDRINUSE/.test(reason)
      ? `Port ${port} is already in use: try another, e.g. npm run workshop -- --port 8081.`
      : /EACCES/.test(reason)
        ? `Port ${port} needs administrator rights here: use a port above 1024, e.g. --port 8080.`
        : reason,
  );
  process.exit(1);
}
