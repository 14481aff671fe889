// A real SMTP server inside the test run (smtp-server), each message parsed back (mailparser).
// Recipients starting with "tamloi" are refused for now (450), "khongton" for good (550).
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export async function startTestSmtp() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      const to = address.address;
      const refuse = (code: number, text: string) =>
        cb(Object.assign(new Error(text), { responseCode: code }));
      if (to.startsWith('tamloi')) return refuse(450, 'Mailbox busy, try later');
      if (to.startsWith('khongton')) return refuse(550, 'No such user here');
      cb();
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((m) => {
          received.push(m);
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
